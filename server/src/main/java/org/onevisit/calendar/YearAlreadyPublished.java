package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** A published arrangement is in effect already; its days may still be corrected. */
class YearAlreadyPublished extends DomainException {

    YearAlreadyPublished(int year) {
        super(Kind.CONFLICT, "calendar-year-published", "The arrangement of " + year + " is published already",
                java.util.Map.of("year", year), year);
    }
}
