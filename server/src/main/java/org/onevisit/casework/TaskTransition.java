package org.onevisit.casework;

import org.onevisit.platform.AllowedFrom;

/**
 * The steps of a department's review, each with the statuses it may start from. Closing is not one of them: a case
 * that ends closes whatever of its reviews is unfinished, and leaves the others as they are.
 */
enum TaskTransition {

    /** Its stage is ready: the review starts against its deadline. */
    OPEN("open", TaskStatus.WAITING),
    /** The department's opinion; after a correction request the review is answered again. */
    DECIDE("decide", TaskStatus.OPEN, TaskStatus.AWAITING_CORRECTION),
    /** 中止 for a special procedure. */
    SUSPEND("suspend", TaskStatus.OPEN),
    /** After the applicant's corrections, or the special procedure's end, the clock runs again. */
    RESUME("resume", TaskStatus.AWAITING_CORRECTION, TaskStatus.SUSPENDED),
    /** 第四十二条: once, while the review is open. */
    EXTEND("extend", TaskStatus.OPEN),
    /** 超时默认 or 缺席默认. */
    DEEM_CONSENT("deemConsent", TaskStatus.OPEN),
    /** The real opinion of a department deemed to consent. */
    GIVE_LATE_OPINION("giveLateOpinion", TaskStatus.DEEMED_CONSENT);

    private final AllowedFrom<TaskStatus> rule;

    TaskTransition(String action, TaskStatus first, TaskStatus... others) {
        this.rule = AllowedFrom.of(action, first, others);
    }

    /** The step's name in the messages ({@code casework.action.<action>}). */
    String action() {
        return rule.action();
    }

    /** Refuses the step unless the task is in a status it starts from. */
    void requireFrom(ReviewTask task) {
        if (!rule.allows(task.status())) {
            throw CaseworkRefused.wrongState(task, this);
        }
    }
}
