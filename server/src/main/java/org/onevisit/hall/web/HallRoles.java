package org.onevisit.hall.web;

/** Who may do what in the hall's pages and API (ADR 0040). */
final class HallRoles {

    /** Calling at a counter: the counter's clerks and the departments' chief representatives seated at one. */
    static final String CALLS = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE')";

    /** Taking a ticket for someone at the door and checking an appointment in: the hall's staff. */
    static final String DOOR = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','COORDINATOR')";

    /** Taking a ticket or an appointment for oneself: a signed-in applicant, or the hall's staff at the door. */
    static final String TAKES = "hasAnyRole('APPLICANT','CLERK','CHIEF_REPRESENTATIVE','COORDINATOR')";

    static final String APPLICANT = "hasRole('APPLICANT')";

    /** The hall's figures on the supervision wall. */
    static final String WATCHES = "hasAnyRole('SUPERVISOR','ADMIN','COORDINATOR','CLERK','CHIEF_REPRESENTATIVE')";

    private HallRoles() {
    }
}
