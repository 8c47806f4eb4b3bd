package org.onevisit.casework;

import org.onevisit.platform.AllowedFrom;

/**
 * The steps an accepted case takes, each with the statuses it may be taken from. The name of a step is the action the
 * audit trail records.
 */
enum CaseStep {
    /** The applicant withdraws (撤回) before any item is decided. */
    WITHDRAW("withdraw", HandlingStatus.ACCEPTED, HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** The lead department terminates (终止) with reasons before any item is decided. */
    TERMINATE("terminate", HandlingStatus.ACCEPTED, HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** Every pledged material is in: the 容缺 pledge is kept. */
    KEEP_PLEDGE("keepPledge", HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** The reminder of the pledge's deadline went out. */
    REMIND_PLEDGE("remindPledge", HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** The pledge's deadline passed with materials still owed: the case ends. */
    BREAK_PLEDGE("terminate", HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** The approved extension of the legal deadline (第四十二条). */
    EXTEND_LEGAL("extendLegal", HandlingStatus.ACCEPTED, HandlingStatus.ACCEPTED_ON_PLEDGE),
    /** 办结: the result reached the applicant. A case on an unkept pledge gets no result, so it cannot complete. */
    COMPLETE("complete", HandlingStatus.ACCEPTED);

    private final AllowedFrom<HandlingStatus> rule;

    CaseStep(String action, HandlingStatus first, HandlingStatus... more) {
        this.rule = AllowedFrom.of(action, first, more);
    }

    AllowedFrom<HandlingStatus> rule() {
        return rule;
    }
}
