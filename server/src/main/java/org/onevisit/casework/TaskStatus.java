package org.onevisit.casework;

import java.util.Set;

/** Where a department's review (部门审查) of one item of a case stands. */
public enum TaskStatus {
    /** Its stage waits for earlier stages; the department already sees the case (抄告相关). */
    WAITING,
    /** Under review, against its deadline. */
    OPEN,
    /** 补正: the applicant was asked for corrections; the clock stops until they answer. */
    AWAITING_CORRECTION,
    /** 中止: expert review, hearing, testing or public notice; the clock stops (《行政许可法》第四十五条). */
    SUSPENDED,
    /** 同意. */
    CONSENTED,
    /** 同意（附条件）. */
    CONSENTED_WITH_CONDITIONS,
    /** 不同意, with reasons the lead department must answer. */
    OBJECTED,
    /** The case was withdrawn by the applicant or terminated before this review was answered. */
    CLOSED,
    /** 超时默认: the deadline passed without an opinion and the item's rule deems that consent; flagged. */
    DEEMED_CONSENT;

    private static final Set<TaskStatus> DONE = Set.of(CONSENTED, CONSENTED_WITH_CONDITIONS, OBJECTED, DEEMED_CONSENT, CLOSED);

    public boolean done() {
        return DONE.contains(this);
    }

    public boolean consent() {
        return this == CONSENTED || this == CONSENTED_WITH_CONDITIONS || this == DEEMED_CONSENT;
    }
}
