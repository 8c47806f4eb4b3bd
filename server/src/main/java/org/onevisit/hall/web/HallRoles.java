package org.onevisit.hall.web;

/** Who may do what in the hall's pages and API (ADR 0040). */
final class HallRoles {

    /** Calling at a counter: the counter clerks (seated at one). */
    static final String CALLS = "hasRole('CLERK')";

    /** Taking a ticket for someone at the door and checking an appointment in: the hall's staff. */
    static final String DOOR = "hasAnyRole('CLERK','COORDINATOR')";

    /** Taking a ticket: a signed-in applicant for themselves (the app), or the hall's staff at the door for a walk-in. */
    static final String TAKES = "hasAnyRole('APPLICANT','CLERK','COORDINATOR')";

    static final String APPLICANT = "hasRole('APPLICANT')";

    /** The hall's figures on the supervision wall. */
    static final String WATCHES = "hasAnyRole('SUPERVISOR','ADMIN','COORDINATOR','CLERK')";

    private HallRoles() {
    }
}
