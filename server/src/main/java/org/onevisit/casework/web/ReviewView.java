package org.onevisit.casework.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.Lights;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.OwedOpinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.TaskStatus;

/**
 * A review task as inbox and case pages show it, with its light ({@link Lights}): green in time, yellow near the
 * deadline, red when it has passed. After deemed consent
 * (超时默认) the light follows the opinion the department still owes, until it is given.
 *
 * @param deemedConsent whether the item's rule lets a missed deadline count as consent
 * @param opinionOwedBy after deemed consent, the last day for the department's real opinion
 * @param lateOpinion the real opinion once given late
 * @param suspension while the clock stands still (补正 or 中止), or after it stood still; null when it never did
 * @param extension the review's approved extension (第四十二条); null when none
 */
record ReviewView(long id, String caseNumber, String itemCode, String department, String stage, TaskStatus status,
        @Nullable LocalDate openedOn, @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft, String light,
        String opinion, @Nullable String decidedBy, boolean delegated, boolean deemedConsent,
        @Nullable LocalDate opinionOwedBy, @Nullable Opinion lateOpinion, String lateOpinionText,
        @Nullable Suspension suspension, @Nullable Extension extension, long version) {

    /**
     * The review's clock standing still: since when (null once it runs again), why — {@code CORRECTION} for a
     * correction request (补正), else the special procedure (中止: EXPERT_REVIEW, HEARING, TESTING, PUBLIC_NOTICE …)
     * — with what was asked or noted while it stands still, and the working days it stood still so far, already added to the deadline.
     */
    record Suspension(@Nullable LocalDate since, String reason, String note, int daysStoodStill) {
    }

    /** The approved extension: its working days, who approved it and why. */
    record Extension(int days, String note) {
    }

    static ReviewView of(ReviewTask t, Lights lights, WorkCalendar calendar, LocalDate today) {
        OwedOpinion owed = t.owed();
        LocalDate due = t.status() == TaskStatus.OPEN ? t.clock().deadline() : owed != null && !owed.given() ? owed.due() : null;
        Integer left = null;
        String light = "NONE";
        if (due != null) {
            left = Lights.workingDaysLeft(due, calendar, today);
            light = lights.of(due, calendar, today).name();
        }
        return new ReviewView(t.id(), t.caseNumber(), t.itemCode(), t.department(), t.terms().stageKey(), t.status(),
                t.clock().openedOn(), t.clock().deadline(), left, light, t.answer().text(), t.answer().by(),
                t.answer().delegated(), t.terms().deemable(),
                owed == null ? null : owed.due(), owed == null ? null : owed.answer(), owed == null ? "" : owed.text(),
                suspension(t), t.clock().extensionDays() > 0
                        ? new Extension(t.clock().extensionDays(), t.clock().extensionNote()) : null,
                t.version());
    }

    private static @Nullable Suspension suspension(ReviewTask t) {
        var clock = t.clock();
        if (clock.suspendedOn() == null && clock.suspendedDays() == 0) {
            return null;
        }
        boolean correction = t.status() == TaskStatus.AWAITING_CORRECTION
                || clock.suspendedOn() != null && clock.suspensionReason().isBlank();
        return new Suspension(clock.suspendedOn(), correction ? "CORRECTION" : clock.suspensionReason(),
                clock.suspendedOn() != null ? t.answer().text() : "", clock.suspendedDays());
    }

    /** Whether the department was deemed to consent and has not given its real opinion yet. */
    public boolean owesOpinion() {
        return opinionOwedBy != null && lateOpinion == null;
    }
}
