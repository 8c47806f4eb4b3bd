package org.onevisit.calendar;

import org.onevisit.platform.DomainException;

/** A make-up working day (调休上班) only makes sense on a Saturday or a Sunday: weekdays are worked anyway. */
class MakeUpDayNotOnWeekend extends DomainException {

    MakeUpDayNotOnWeekend(java.time.LocalDate date) {
        super(Kind.RULE_VIOLATED, "calendar-make-up-on-weekday", date + " is a weekday, not a make-up working day",
                java.util.Map.of("field", "kind", "date", date.toString()), date.toString());
    }
}
