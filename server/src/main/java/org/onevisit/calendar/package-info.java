/**
 * The working-day calendar (工作日历): statutory holidays and make-up working days (调休) as data that an
 * administrator keeps up to date each year, and the deadline arithmetic on top of it ({@link
 * org.onevisit.calendar.WorkCalendar}), which other modules reach through {@link
 * org.onevisit.calendar.WorkCalendars}.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.calendar;
