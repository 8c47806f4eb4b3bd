package org.onevisit.supervision.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.WatchedClock;

/** Which alert a clock is due on a day, and when a yellow card turns red: the rules alone, on a weekends-only calendar. */
class AlertRuleTests {

    private static final WorkCalendar WEEKDAYS = WorkCalendar.of(List.of());
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-04");
    private final AlertRule oneDayBefore = new AlertRule(1);

    private static WatchedClock dueOn(LocalDate deadline, boolean stopped) {
        return new WatchedClock(WatchedClock.Watched.STEP, "1", "330999-1", "测试事项", "T", deadline, stopped);
    }

    @Test
    void a_reminder_is_due_from_one_working_day_before_the_deadline_and_a_yellow_card_from_the_day_after() {
        WatchedClock clock = dueOn(WEDNESDAY, false);
        assertThat(oneDayBefore.due(clock, LocalDate.parse("2026-11-02"), WEEKDAYS)).isEmpty();
        assertThat(oneDayBefore.due(clock, LocalDate.parse("2026-11-03"), WEEKDAYS)).contains(AlertLevel.WARNING);
        assertThat(oneDayBefore.due(clock, WEDNESDAY, WEEKDAYS)).contains(AlertLevel.WARNING);
        assertThat(oneDayBefore.due(clock, LocalDate.parse("2026-11-05"), WEEKDAYS)).contains(AlertLevel.YELLOW);
    }

    @Test
    void the_days_before_are_working_days_a_weekend_is_skipped() {
        WatchedClock monday = dueOn(LocalDate.parse("2026-11-09"), false);
        assertThat(oneDayBefore.due(monday, LocalDate.parse("2026-11-05"), WEEKDAYS)).isEmpty();
        assertThat(oneDayBefore.due(monday, LocalDate.parse("2026-11-06"), WEEKDAYS)).contains(AlertLevel.WARNING);
        assertThat(oneDayBefore.horizon(LocalDate.parse("2026-11-06"), WEEKDAYS)).isEqualTo("2026-11-09");
    }

    @Test
    void a_clock_that_stands_still_is_due_nothing() {
        assertThat(oneDayBefore.due(dueOn(WEDNESDAY, true), LocalDate.parse("2026-11-03"), WEEKDAYS)).isEmpty();
        assertThat(oneDayBefore.due(dueOn(WEDNESDAY, true), LocalDate.parse("2026-11-20"), WEEKDAYS)).isEmpty();
    }

    @Test
    void a_yellow_card_turns_red_only_after_its_period_and_only_unanswered_within_it() {
        LocalDate answerBy = LocalDate.parse("2026-11-10");
        Alert yellow = Alert.raised(AlertLevel.YELLOW, dueOn(WEDNESDAY, false), LocalDate.parse("2026-11-05"),
                Instant.parse("2026-11-05T01:00:00Z"), answerBy, null);
        assertThat(yellow.unansweredAfterPeriod(answerBy)).isFalse();
        assertThat(yellow.unansweredAfterPeriod(answerBy.plusDays(1))).isTrue();
        Alert inTime = yellow.answer("已办理", "head", Instant.parse("2026-11-10T01:00:00Z"), answerBy);
        assertThat(inTime.unansweredAfterPeriod(answerBy.plusDays(1))).isFalse();
        Alert late = yellow.answer("已办理", "head", Instant.parse("2026-11-11T01:00:00Z"), answerBy.plusDays(1));
        assertThat(late.unansweredAfterPeriod(answerBy.plusDays(1))).isTrue();
    }
}
