package org.onevisit.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the calendar says of one day.
 *
 * @param holidayName the holiday the day belongs to, for a holiday or a make-up working day
 * @param provisional true when the day's year has no published arrangement: weekends only were applied
 */
public record DayInfo(LocalDate date, boolean workingDay, DayReason reason, @Nullable String holidayName,
        boolean provisional) {
}
