package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** A year has one arrangement: add it once, then change its days. */
class YearAlreadyArranged extends DomainException {

    YearAlreadyArranged(int year) {
        super(Kind.CONFLICT, "calendar-year-exists", "The year " + year + " already has an arrangement",
                java.util.Map.of("year", year), year);
    }
}
