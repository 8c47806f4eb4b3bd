package org.onevisit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The calendar module on its own, through its public API: the 2026 arrangement its migrations publish, and a year an
 * administrator adds, fills and puts in effect, which the other modules hear of. With its direct dependency,
 * {@code platform}, whose change signals tell the calendar's snapshot to go.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CalendarModuleTests {

    @Autowired
    WorkCalendars calendars;

    @Autowired
    CalendarAdministration administration;

    @Test
    void ten_working_days_before_the_2026_spring_festival_end_after_it_on_its_make_up_saturdays() {
        WorkCalendar calendar = calendars.current();

        assertThat(calendar.isPublished(2026)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(calendar.deadline(LocalDate.parse("2026-02-10"), 10).date()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void a_year_put_in_effect_counts_its_holidays_and_the_other_modules_hear_of_it(AssertablePublishedEvents events) {
        // a year no test has arranged yet in this database, so that tests sharing it never meet
        java.util.Set<Integer> taken = calendars.years().stream().map(YearArrangement::year)
                .collect(java.util.stream.Collectors.toSet());
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2100, YearArrangement.LAST_YEAR + 1);
        } while (taken.contains(year));
        LocalDate monday = LocalDate.of(year, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        YearArrangement draft = administration.addYear(year, new Notice("国务院办公厅关于 " + year + " 年部分节假日安排的通知",
                null, null));
        YearArrangement filled = administration.putDay(year, draft.version(), new SpecialDay(monday, DayKind.HOLIDAY, "国庆节"));
        assertThat(calendars.current().isWorkingDay(monday)).isTrue();

        administration.publish(year, filled.version());

        assertThat(calendars.current().isWorkingDay(monday)).isFalse();
        assertThat(events.ofType(WorkCalendarChanged.class).matching(WorkCalendarChanged::year, year)).hasSize(2);
    }
}
