package org.onevisit.casework;

import java.time.LocalDate;

/**
 * Review tasks for the tests, with sensible defaults: {@code aReviewTask().of("XK-SLJ-002").by("SLJ").openOn(day, due)}.
 * Unless told otherwise a task waits in the first stage of case {@code N}, with five working days once it opens.
 */
final class ReviewTaskBuilder {

    private long id = 1;
    private String itemCode = "XK-TEST-001";
    private String department = "D";
    private String stageKey = "S1";
    private int stageOrder;
    private int limitDays = 5;
    private boolean deemable;
    private boolean laterStagesWait = true;
    private TaskStatus status = TaskStatus.WAITING;
    private TaskClock clock = TaskClock.NOT_STARTED;
    private long version;

    private ReviewTaskBuilder() {
    }

    static ReviewTaskBuilder aReviewTask() {
        return new ReviewTaskBuilder();
    }

    ReviewTaskBuilder withId(long id) {
        this.id = id;
        return this;
    }

    /** The item reviewed. */
    ReviewTaskBuilder of(String itemCode) {
        this.itemCode = itemCode;
        return this;
    }

    /** The reviewing department. */
    ReviewTaskBuilder by(String department) {
        this.department = department;
        return this;
    }

    ReviewTaskBuilder inStage(String key, int order) {
        this.stageKey = key;
        this.stageOrder = order;
        return this;
    }

    /** The item's rule lets a missed deadline count as consent (超时默认). */
    ReviewTaskBuilder deemable() {
        this.deemable = true;
        return this;
    }

    /** Open since {@code on}, due on {@code due}. */
    ReviewTaskBuilder openOn(LocalDate on, LocalDate due) {
        this.status = TaskStatus.OPEN;
        this.clock = new TaskClock(on, due, null, 0, 0, "", "");
        return this;
    }

    /** Done in {@code status}, e.g. consented. */
    ReviewTaskBuilder answered(TaskStatus status) {
        this.status = status;
        return this;
    }

    ReviewTaskBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    ReviewTask build() {
        return new ReviewTask(id, "N", itemCode, department,
                new TaskTerms(stageKey, stageOrder, limitDays, deemable, laterStagesWait), status, clock, TaskAnswer.NONE, null,
                version);
    }
}
