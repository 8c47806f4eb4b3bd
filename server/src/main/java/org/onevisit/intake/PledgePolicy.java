package org.onevisit.intake;

import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.catalog.TimeLimit;

/**
 * The 容缺 supplement deadline: by default the shorter of the promised limit less two working days and
 * twenty working days, at least one working day, counted from acceptance; the reminder goes out two
 * working days before it (both configurable in {@link IntakeRules}).
 */
final class PledgePolicy {

    private final IntakeRules rules;

    PledgePolicy(IntakeRules rules) {
        this.rules = rules;
    }

    int supplementWorkingDays(TimeLimit promised) {
        int promisedDays = promised.approximateWorkingDays();
        return Math.max(1, Math.min(promisedDays - rules.pledgeMarginWorkingDays(), rules.pledgeMaxWorkingDays()));
    }

    LocalDate supplementBy(LocalDate acceptedOn, TimeLimit promised, WorkCalendar calendar) {
        return calendar.deadline(acceptedOn, supplementWorkingDays(promised)).date();
    }

    /** The working day the reminder goes out: a set number of working days before the deadline, not before acceptance. */
    LocalDate remindOn(LocalDate acceptedOn, LocalDate supplementBy, WorkCalendar calendar) {
        LocalDate day = supplementBy;
        int back = 0;
        while (back < rules.pledgeReminderWorkingDays() && day.isAfter(acceptedOn)) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                back++;
            }
        }
        return day.isAfter(acceptedOn) ? day : acceptedOn;
    }
}
