package org.onevisit.casework;

/**
 * The figures of a department's month that count reviews ({@link DepartmentKpi}), each of which a supervisor can open
 * to see the reviews it counts.
 */
public enum MonthFigure {
    /** Reviews opened in the month. */
    OPENED,
    /** Reviews answered in the month, by an opinion or by deemed consent. */
    ANSWERED,
    /** Reviews deemed to consent (超时默认) in the month. */
    DEEMED_CONSENT,
    /** Reviews whose deadline fell in the month and that were not answered by it. */
    LATE
}
