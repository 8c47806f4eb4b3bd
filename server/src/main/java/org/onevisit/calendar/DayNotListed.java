package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** The day to remove is not listed in the year's arrangement. */
class DayNotListed extends DomainException {

    DayNotListed(java.time.LocalDate date) {
        super(Kind.NOT_FOUND, "calendar-day-not-found", date + " is not listed", java.util.Map.of("date", date.toString()),
                date.toString());
    }
}
