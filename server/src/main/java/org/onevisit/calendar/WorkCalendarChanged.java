package org.onevisit.calendar;

/** An administrator changed a year's arrangement: deadlines counted across that year may have moved. */
public record WorkCalendarChanged(int year) {
}
