package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** Arrangements are kept for years the centre can meet in practice. */
class YearOutOfRange extends DomainException {

    YearOutOfRange(int year) {
        super(Kind.INVALID, "calendar-year-out-of-range", "The year must lie between " + YearArrangement.FIRST_YEAR
                + " and " + YearArrangement.LAST_YEAR, java.util.Map.of("field", "year"), year,
                YearArrangement.FIRST_YEAR, YearArrangement.LAST_YEAR);
    }
}
