package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.calendar.CalendarFixture.date;

import org.junit.jupiter.api.Test;
import org.onevisit.calendar.CalendarFixture;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.TimeLimit;

class PledgePolicyTests {

    private final WorkCalendar calendar = CalendarFixture.calendar20252026();
    private final PledgePolicy policy = new PledgePolicy(IntakeRules.defaults());

    @Test
    void the_supplement_period_is_the_promised_limit_less_two_working_days() {
        assertThat(policy.supplementWorkingDays(TimeLimit.workingDays(10))).isEqualTo(8);
    }

    @Test
    void the_supplement_period_is_at_most_twenty_working_days() {
        assertThat(policy.supplementWorkingDays(TimeLimit.workingDays(45))).isEqualTo(20);
        assertThat(policy.supplementWorkingDays(new TimeLimit(60, DayUnit.CALENDAR))).isEqualTo(20);
    }

    @Test
    void a_short_promised_limit_still_leaves_one_working_day() {
        assertThat(policy.supplementWorkingDays(TimeLimit.workingDays(1))).isEqualTo(1);
        assertThat(policy.supplementWorkingDays(TimeLimit.workingDays(0))).isEqualTo(1);
    }

    @Test
    void the_deadline_skips_the_national_day_holiday_and_counts_the_make_up_saturday() {
        // Accepted Wednesday 2026-09-30; 8 working days: 10-08, 10-09, 10-10 (make-up Saturday), 10-12 … 10-16.
        assertThat(policy.supplementBy(date("2026-09-30"), TimeLimit.workingDays(10), calendar)).isEqualTo(date("2026-10-16"));
    }

    @Test
    void the_reminder_goes_out_two_working_days_before_the_deadline() {
        assertThat(policy.remindOn(date("2026-09-30"), date("2026-10-16"), calendar)).isEqualTo(date("2026-10-14"));
        // Across the Spring Festival (02-15 to 02-23 off): back from Wednesday 02-25 the working days are 02-24 and
        // the make-up Saturday 02-14.
        assertThat(policy.remindOn(date("2026-02-10"), date("2026-02-25"), calendar)).isEqualTo(date("2026-02-14"));
    }
}
