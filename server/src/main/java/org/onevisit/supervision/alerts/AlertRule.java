package org.onevisit.supervision.alerts;

import java.time.LocalDate;
import java.util.Optional;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.WatchedClock;

/**
 * Which alert a clock is due on a day (电子监察 signal rules, REFERENCE §6): a reminder (预警) from {@code
 * warningWorkingDays} working days before its deadline up to the deadline itself, a yellow card (黄牌) from the day
 * after. A clock that stands still — 补正 or 中止 (《行政许可法》第四十五条), or a case waiting for its applicant —
 * raises nothing while it does: its deadline moves when it runs again. A red card follows a yellow one, not a clock.
 */
record AlertRule(int warningWorkingDays) {

    /** The level due on {@code today}, if any. */
    Optional<AlertLevel> due(WatchedClock clock, LocalDate today, WorkCalendar calendar) {
        if (clock.stopped()) {
            return Optional.empty();
        }
        if (today.isAfter(clock.deadline())) {
            return Optional.of(AlertLevel.YELLOW);
        }
        int left = calendar.workingDaysBetween(today, clock.deadline()).days();
        return left <= warningWorkingDays ? Optional.of(AlertLevel.WARNING) : Optional.empty();
    }

    /** The latest deadline a reminder may be due for on {@code today}: the horizon of the clocks to look at. */
    LocalDate horizon(LocalDate today, WorkCalendar calendar) {
        return calendar.deadline(today, warningWorkingDays).date();
    }
}
