package org.onevisit.supervision.complaints;

/** Where a complaint came from, and so who records it. */
public enum ComplaintChannel {
    /** 网上: the applicant on the portal or the app, for themselves. */
    PORTAL,
    /** 窗口: made in person, recorded by a counter clerk. */
    COUNTER,
    /** 12345 热线转办: a referral of the city's hotline, with the hotline's own reference. */
    HOTLINE_12345,
    /** 来信: a letter, recorded by a supervisor. */
    LETTER
}
