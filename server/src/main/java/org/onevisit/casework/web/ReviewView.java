package org.onevisit.casework.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.TaskStatus;

/**
 * A review task as inbox and case pages show it, with its light: green in time, yellow when at most
 * {@code yellowWorkingDays} working days are left, red when the deadline has passed.
 */
record ReviewView(long id, String caseNumber, String itemCode, String department, String stage, TaskStatus status,
        @Nullable LocalDate openedOn, @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft, String light,
        String opinion, @Nullable String decidedBy, boolean delegated, long version) {

    static ReviewView of(ReviewTask t, WorkCalendar calendar, LocalDate today, int yellowWorkingDays) {
        Integer left = null;
        String light = "NONE";
        if (t.status() == TaskStatus.OPEN && t.deadline() != null) {
            left = today.isAfter(t.deadline()) ? -calendar.workingDaysBetween(t.deadline(), today).days()
                    : calendar.workingDaysBetween(today, t.deadline()).days();
            light = left < 0 ? "RED" : left <= yellowWorkingDays ? "YELLOW" : "GREEN";
        }
        return new ReviewView(t.id(), t.caseNumber(), t.itemCode(), t.department(), t.stageKey(), t.status(), t.openedOn(),
                t.deadline(), left, light, t.opinion(), t.decidedBy(), t.delegated(), t.version());
    }
}
