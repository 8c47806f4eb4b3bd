package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** Someone else changed the year's arrangement since it was read: the change would overwrite theirs. */
class ArrangementChanged extends DomainException {

    ArrangementChanged(int year, long expected, long actual) {
        super(Kind.CONFLICT, "calendar-version-stale", "The arrangement of " + year + " changed meanwhile",
                java.util.Map.of("year", year, "expectedVersion", expected, "currentVersion", actual), year);
    }
}
