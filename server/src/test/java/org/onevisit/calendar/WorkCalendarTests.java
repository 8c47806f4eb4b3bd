package org.onevisit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.calendar.CalendarFixture.date;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Working days and deadlines across the published 2025 and 2026 arrangements. */
class WorkCalendarTests {

    private final WorkCalendar calendar = CalendarFixture.calendar20252026();

    @Test
    void weekdays_are_worked_and_weekends_are_not() {
        assertThat(calendar.isWorkingDay(date("2026-03-10"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-03-14"))).isFalse();
        assertThat(calendar.describe(date("2026-03-14")).reason()).isEqualTo(DayReason.WEEKEND);
    }

    @Test
    void the_spring_festival_2026_is_off_from_the_15th_to_the_23rd_and_both_make_up_saturdays_are_worked() {
        for (LocalDate d = date("2026-02-15"); !d.isAfter(date("2026-02-23")); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2026-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-24"))).isTrue();
        assertThat(calendar.describe(date("2026-02-16"))).isEqualTo(
                new DayInfo(date("2026-02-16"), false, DayReason.HOLIDAY, "春节", false));
        assertThat(calendar.describe(date("2026-02-28")).reason()).isEqualTo(DayReason.MAKE_UP_WORKING_DAY);
    }

    @Test
    void one_working_day_after_the_eve_of_national_day_2026_is_the_8th_of_october() {
        assertThat(calendar.deadline(date("2026-09-30"), 1).date()).isEqualTo(date("2026-10-08"));
    }

    @Test
    void the_make_up_saturday_of_october_2026_counts_as_a_working_day() {
        // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班), 10-12 Mon
        assertThat(calendar.deadline(date("2026-09-30"), 3).date()).isEqualTo(date("2026-10-10"));
        assertThat(calendar.deadline(date("2026-09-30"), 4).date()).isEqualTo(date("2026-10-12"));
    }

    @Test
    void the_national_day_block_of_2025_runs_to_the_8th_with_the_11th_worked() {
        assertThat(calendar.isWorkingDay(date("2025-10-08"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2025-09-28"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2025-10-11"))).isTrue();
        // 9-29 Mon, 9-30 Tue, then 10-09 Thu, 10-10 Fri, 10-11 Sat
        assertThat(calendar.deadline(date("2025-09-28"), 2).date()).isEqualTo(date("2025-09-30"));
        assertThat(calendar.deadline(date("2025-09-28"), 3).date()).isEqualTo(date("2025-10-09"));
        assertThat(calendar.deadline(date("2025-09-28"), 5).date()).isEqualTo(date("2025-10-11"));
    }

    @Test
    void twenty_working_days_from_a_spring_festival_acceptance_skip_the_whole_holiday() {
        // Accepted Fri 2026-02-13: 02-14 (Sat, worked) is day 1, 02-24..27 days 2-5, 02-28 (Sat, worked) day 6,
        // 03-02..06 days 7-11, 03-09..13 days 12-16, 03-16..19 days 17-20.
        Deadline deadline = calendar.deadline(date("2026-02-13"), 20);
        assertThat(deadline.date()).isEqualTo(date("2026-03-19"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void a_limit_of_zero_days_ends_on_the_start_day_when_it_is_worked_and_else_on_the_next_working_day() {
        assertThat(calendar.deadline(date("2026-03-10"), 0).date()).isEqualTo(date("2026-03-10"));
        assertThat(calendar.deadline(date("2026-10-01"), 0).date()).isEqualTo(date("2026-10-08"));
    }

    @Test
    void a_deadline_crossing_the_new_year_counts_both_arrangements() {
        // 2025-12-31 Wed; 2026-01-01..03 off, 01-04 Sun worked, 01-05 Mon
        assertThat(calendar.deadline(date("2025-12-30"), 2).date()).isEqualTo(date("2026-01-04"));
        assertThat(calendar.deadline(date("2025-12-30"), 3).date()).isEqualTo(date("2026-01-05"));
    }

    @Test
    void days_inside_a_suspension_are_not_counted() {
        List<Suspension> expertReview = List.of(new Suspension(date("2026-03-16"), date("2026-03-20")));
        // Without: 5 working days after Fri 03-06 is Fri 03-13; 10 is 03-20. The suspended week shifts it.
        assertThat(calendar.deadline(date("2026-03-06"), 10).date()).isEqualTo(date("2026-03-20"));
        assertThat(calendar.deadline(date("2026-03-06"), 10, expertReview).date()).isEqualTo(date("2026-03-27"));
        assertThat(calendar.workingDaysBetween(date("2026-03-06"), date("2026-03-27"), expertReview).days())
                .isEqualTo(10);
    }

    @Test
    void overlapping_and_chained_suspensions_count_each_day_once() {
        List<Suspension> stops = List.of(new Suspension(date("2026-03-16"), date("2026-03-18")),
                new Suspension(date("2026-03-17"), date("2026-03-19")),
                new Suspension(date("2026-03-23"), date("2026-03-23")));
        // counted: 03-09..03-13 (5), 03-20 (6), 03-24 (7)
        assertThat(calendar.deadline(date("2026-03-06"), 7, stops).date()).isEqualTo(date("2026-03-24"));
    }

    @Test
    void a_suspension_reaching_the_start_day_moves_a_zero_day_limit_past_it() {
        List<Suspension> stops = List.of(new Suspension(date("2026-03-10"), date("2026-03-12")));
        assertThat(calendar.deadline(date("2026-03-10"), 0, stops).date()).isEqualTo(date("2026-03-13"));
    }

    @Test
    void a_calendar_day_limit_counts_every_day_and_moves_off_a_holiday_to_the_next_working_day() {
        // 60 自然日 from 2026-08-07 land on 2026-10-06, inside National Day: moved to Thu 10-08.
        Deadline eia = calendar.calendarDayDeadline(date("2026-08-07"), 60, List.of());
        assertThat(eia.date()).isEqualTo(date("2026-10-08"));
        assertThat(calendar.calendarDayDeadline(date("2026-08-06"), 60, List.of()).date())
                .as("lands on Mon 10-05, a holiday").isEqualTo(date("2026-10-08"));
        assertThat(calendar.calendarDayDeadline(date("2026-03-02"), 30, List.of()).date())
                .as("lands on Wed 04-01").isEqualTo(date("2026-04-01"));
    }

    @Test
    void a_calendar_day_limit_landing_on_a_make_up_saturday_stays_there() {
        assertThat(calendar.calendarDayDeadline(date("2026-09-10"), 30, List.of()).date()).isEqualTo(date("2026-10-10"));
    }

    @Test
    void a_calendar_day_limit_skips_suspended_days() {
        List<Suspension> hearing = List.of(new Suspension(date("2026-03-05"), date("2026-03-09")));
        assertThat(calendar.calendarDayDeadline(date("2026-03-01"), 10, hearing).date()).isEqualTo(date("2026-03-16"));
    }

    @Test
    void a_deadline_in_an_unpublished_year_is_counted_on_weekends_only_and_flagged_provisional() {
        Deadline deadline = calendar.deadline(date("2026-12-25"), 10);
        // 12-28..12-31 (4), 2027-01-01 Fri (5, no arrangement yet), 01-04..01-08 (10)
        assertThat(deadline.date()).isEqualTo(date("2027-01-08"));
        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.unpublishedYears()).containsExactly(2027);
        assertThat(calendar.describe(date("2027-01-01")).provisional()).isTrue();
        assertThat(calendar.deadline(date("2026-12-01"), 5).provisional()).isFalse();
    }

    @Test
    void working_days_between_count_after_the_first_day_up_to_and_including_the_last() {
        assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-08")).days()).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(date("2026-10-08"), date("2026-10-08")).days()).isZero();
        assertThat(calendar.workingDaysBetween(date("2025-01-01"), date("2025-12-31")).days()).as("261 weekdays, 18 of them holidays, 5 make-up days")
                .isEqualTo(248);
    }

    @Test
    void working_days_between_are_antisymmetric_and_consistent_with_deadlines() {
        LocalDate a = date("2025-11-17");
        for (LocalDate b = date("2025-09-01"); b.isBefore(date("2026-11-30")); b = b.plusDays(1)) {
            int forward = calendar.workingDaysBetween(a, b).days();
            assertThat(calendar.workingDaysBetween(b, a).days()).isEqualTo(-forward);
            if (forward > 0 && calendar.isWorkingDay(b)) {
                assertThat(calendar.deadline(a, forward).date()).as(b.toString()).isEqualTo(b);
            }
        }
    }

    @Test
    void the_arithmetic_agrees_with_walking_day_by_day() {
        List<Suspension> stops = List.of(new Suspension(date("2025-12-20"), date("2026-01-06")),
                new Suspension(date("2026-02-10"), date("2026-02-12")));
        LocalDate from = date("2025-11-03");
        for (int n = 0; n <= 300; n++) {
            assertThat(calendar.deadline(from, n, stops).date()).as("n=" + n).isEqualTo(walk(from, n, stops));
        }
    }

    @Test
    void a_negative_limit_is_refused() {
        assertThatThrownBy(() -> calendar.deadline(date("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void draft_arrangements_do_not_count() {
        YearArrangement draft2027 = YearArrangement.draft(2027, new Notice("2027", null, null))
                .withDay(new SpecialDay(date("2027-01-01"), DayKind.HOLIDAY, "元旦"));
        WorkCalendar withDraft = WorkCalendar.of(List.of(draft2027));
        assertThat(withDraft.isWorkingDay(date("2027-01-01"))).isTrue();
        assertThat(withDraft.isPublished(2027)).isFalse();
    }

    private LocalDate walk(LocalDate from, int n, List<Suspension> stops) {
        java.util.function.Predicate<LocalDate> counts = d -> calendar.isWorkingDay(d)
                && stops.stream().noneMatch(s -> s.contains(d));
        LocalDate d = from;
        if (n == 0) {
            while (!counts.test(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (counts.test(d)) {
                counted++;
            }
        }
        return d;
    }
}
