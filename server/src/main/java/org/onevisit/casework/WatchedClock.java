package org.onevisit.casework;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One clock supervision watches: a review step's (环节) or a whole case's deadline, or the counter's answer due at
 * intake (受理、一次性告知 or 网上预审 answer), what it is about, and whether it stands still — 补正 or 中止 on a step, or a case waiting for its applicant — when no alert is raised
 * (《行政许可法》第四十五条: that time does not count). No personal data: the case number and the item's name only.
 *
 * @param key the step's review task id, the case number for the case's own clock, or for an intake clock the case
 *     number and the day that clock started ({@code number@2026-10-09}), for each wait for the counter is its own clock
 * @param department the department answerable for it, whose reviewers handle it: the step's reviewing department, or
 *     the department of the case's first item
 * @param handler the official who holds this clock in person, when one does — the clerk who received a case at the
 *     counter holds its answer ({@link Watched#INTAKE}); null when the department's reviewers handle it
 */
public record WatchedClock(Watched watched, String key, String caseNumber, String itemName, String department,
        LocalDate deadline, boolean stopped, @Nullable String handler) {

    public WatchedClock {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A clock the department's reviewers handle. */
    public WatchedClock(Watched watched, String key, String caseNumber, String itemName, String department,
            LocalDate deadline, boolean stopped) {
        this(watched, key, caseNumber, itemName, department, deadline, stopped, null);
    }

    /** Whose deadline it is. */
    public enum Watched {
        /** A department's review step (审查环节): its own limit counts even when the case is on time. */
        STEP,
        /** The whole case (办件), against its promised deadline (承诺时限). */
        CASE,
        /**
         * A received case's answer at the counter — accepted, notified once of what is missing (一次性告知) or refused —
         * due within the working days of 《行政许可法》第三十二条 from receipt, or from the day the supplement made the
         * materials complete; intake's clock, before casework has the case.
         */
        INTAKE,
        /** An online pre-check (互联网预审) waiting for the clerk's remarks, due within the same working days. */
        PRE_CHECK
    }
}
