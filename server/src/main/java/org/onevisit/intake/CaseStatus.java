package org.onevisit.intake;

import java.util.Set;

/** Where a case stands at intake. */
public enum CaseStatus {
    /** 网上预审: the applicant asked a clerk to check the materials before coming; not yet received. */
    PRE_CHECK,
    /** 已收件: received, the counter's answer is due within five working days (《行政许可法》第三十二条). */
    RECEIVED,
    /** 待补正: the one-time deficiency notice was issued; waiting for the supplement. */
    AWAITING_SUPPLEMENT,
    /** 已受理. */
    ACCEPTED,
    /** 容缺受理: accepted on a pledge to supply minor materials by a deadline; the result is withheld until then. */
    ACCEPTED_ON_PLEDGE,
    /** 不予受理. */
    REFUSED,
    /** 终止: a pledge was not kept in time. */
    TERMINATED,
    /** 撤回: the applicant withdrew, before acceptance or before the decision. */
    WITHDRAWN,
    /** 办结: decided and the result handed over at the counter or delivered by express. */
    COMPLETED;

    private static final Set<CaseStatus> CLOSED = Set.of(REFUSED, TERMINATED, WITHDRAWN, COMPLETED);

    public boolean closed() {
        return CLOSED.contains(this);
    }

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_ON_PLEDGE;
    }
}
