package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** A listed day must lie in the year whose arrangement lists it. */
class DayOutsideYear extends DomainException {

    DayOutsideYear(java.time.LocalDate date, int year) {
        super(Kind.RULE_VIOLATED, "calendar-day-outside-year", "The day " + date + " is not in " + year,
                java.util.Map.of("field", "date", "date", date.toString(), "year", year), date.toString(), year);
    }
}
