package org.onevisit.calendar;

/** Why a day is or is not a working day. */
public enum DayReason {
    /** Monday to Friday, nothing listed. */
    WEEKDAY,
    /** Saturday or Sunday, nothing listed. */
    WEEKEND,
    /** A day off of a statutory holiday. */
    HOLIDAY,
    /** A weekend day worked to make up for a holiday (调休上班). */
    MAKE_UP_WORKING_DAY
}
