package org.onevisit.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One clock supervision watches: a review step's (环节) or a whole case's deadline, what it is about, and whether it
 * stands still — 补正 or 中止 on a step, or a case waiting for its applicant — when no alert is raised
 * (《行政许可法》第四十五条: that time does not count). No personal data: the case number and the item's name only.
 *
 * @param key the step's review task id, or the case number for the case's own clock
 * @param department the department answerable for it, whose reviewers handle it: the step's reviewing department, or
 *     the department of the case's first item
 */
public record WatchedClock(Watched watched, String key, String caseNumber, String itemName, String department,
        LocalDate deadline, boolean stopped) {

    public WatchedClock {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** Whose deadline it is. */
    public enum Watched {
        /** A department's review step (审查环节): its own limit counts even when the case is on time. */
        STEP,
        /** The whole case (办件), against its promised deadline (承诺时限). */
        CASE
    }
}
