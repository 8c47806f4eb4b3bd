package org.onevisit.casework;

/**
 * Where an accepted case stands (its status from acceptance on): the names are those the case shows everywhere,
 * continuing intake's.
 */
public enum HandlingStatus {
    /** 已受理: under review, or decided and waiting for the result to reach the applicant. */
    ACCEPTED,
    /** 容缺受理: accepted on a pledge to supply minor materials by a deadline; the result is withheld until then. */
    ACCEPTED_ON_PLEDGE,
    /** 办结: decided and the result handed over at the counter or delivered by express. */
    COMPLETED,
    /** 撤回: the applicant withdrew before any item was decided. */
    WITHDRAWN,
    /** 终止: terminated with reasons before any item was decided, or because a pledge was not kept in time. */
    TERMINATED;

    public boolean closed() {
        return this == COMPLETED || this == WITHDRAWN || this == TERMINATED;
    }
}
