package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** No arrangement has been entered for the year. */
class YearNotArranged extends DomainException {

    YearNotArranged(int year) {
        super(Kind.NOT_FOUND, "calendar-year-not-found", "No arrangement for " + year, java.util.Map.of("year", year), year);
    }
}
