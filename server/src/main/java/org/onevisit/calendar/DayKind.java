package org.onevisit.calendar;

/** What a listed day of a year's arrangement is. */
public enum DayKind {

    /** A day off of a statutory holiday block (法定节假日), weekend days inside the block included. */
    HOLIDAY,

    /** A Saturday or Sunday worked to make up for a holiday block (调休上班). */
    MAKE_UP_WORKING_DAY
}
