package org.onevisit.supervision.complaints;

/** Where a complaint stands. */
public enum ComplaintState {
    /** 已收到: waiting for the supervisors' decision to accept it. */
    RECEIVED,
    /** 已受理: to be routed to a department. */
    ACCEPTED,
    /** 不予受理, with the reason; the end. */
    NOT_ACCEPTED,
    /** 已转办: the department answers by its deadline. */
    ROUTED,
    /** 部门已答复: the supervisors close it with the result. */
    ANSWERED,
    /** 已办结: the complainant was told the result; the end. */
    CLOSED;

    /** Whether nothing more happens to it. */
    public boolean ended() {
        return this == NOT_ACCEPTED || this == CLOSED;
    }
}
