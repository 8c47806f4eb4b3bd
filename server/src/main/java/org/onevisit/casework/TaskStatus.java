package org.onevisit.casework;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Answered by the department, really or deemed: the reviews a decision stands on. */
    static final Set<TaskStatus> ANSWERED = EnumSet.of(CONSENTED, CONSENTED_WITH_CONDITIONS, OBJECTED, DEEMED_CONSENT);
    /** Nothing more happens to the review: answered, or closed with its case. */
    static final Set<TaskStatus> DONE = EnumSet.of(CONSENTED, CONSENTED_WITH_CONDITIONS, OBJECTED, DEEMED_CONSENT, CLOSED);
    /** Still to be answered: waiting, open, or with its clock standing still. */
    static final Set<TaskStatus> UNFINISHED = EnumSet.complementOf(EnumSet.copyOf(DONE));

    public boolean done() {
        return DONE.contains(this);
    }

    /**
     * The statuses as a list for SQL's {@code status IN …}, e.g. {@code ('OPEN', 'SUSPENDED')}: the queries name
     * statuses only through this enum, so a status added or renamed here is one the queries follow.
     */
    static String sql(Set<TaskStatus> statuses) {
        return statuses.stream().sorted().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** One status for SQL, e.g. {@code 'OPEN'}. */
    String sql() {
        return "'" + name() + "'";
    }

    public boolean consent() {
        return this == CONSENTED || this == CONSENTED_WITH_CONDITIONS || this == DEEMED_CONSENT;
    }
}
