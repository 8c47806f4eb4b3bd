package org.onevisit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.calendar.CalendarFixture.date;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;

/** What an administrator may enter in a year's arrangement. */
class YearArrangementTests {

    private final YearArrangement year2027 = YearArrangement.draft(2027, new Notice("国务院办公厅关于2027年部分节假日安排的通知", null, null));

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused() {
        assertThatThrownBy(() -> year2027.withDay(new SpecialDay(date("2027-02-03"), DayKind.MAKE_UP_WORKING_DAY, "春节")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("calendar-make-up-on-weekday"));
    }

    @Test
    void a_day_of_another_year_is_refused() {
        assertThatThrownBy(() -> year2027.withDay(new SpecialDay(date("2026-12-31"), DayKind.HOLIDAY, "元旦")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("calendar-day-outside-year"));
    }

    @Test
    void a_holiday_may_fall_on_a_weekend_inside_its_block() {
        assertThat(year2027.withDay(new SpecialDay(date("2027-01-02"), DayKind.HOLIDAY, "元旦")).days()).hasSize(1);
    }

    @Test
    void listing_a_date_again_replaces_it() {
        YearArrangement changed = year2027.withDay(new SpecialDay(date("2027-02-06"), DayKind.HOLIDAY, "春节"))
                .withDay(new SpecialDay(date("2027-02-06"), DayKind.MAKE_UP_WORKING_DAY, "春节"));
        assertThat(changed.days()).singleElement().extracting(SpecialDay::kind).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
    }

    @Test
    void removing_a_day_that_is_not_listed_is_refused() {
        assertThatThrownBy(() -> year2027.withoutDay(date("2027-05-01"))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("calendar-day-not-found"));
    }

    @Test
    void a_stale_version_is_refused() {
        assertThatThrownBy(() -> year2027.checkVersion(3)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void a_year_is_published_once() {
        YearArrangement published = year2027.published();
        assertThat(published.isPublished()).isTrue();
        assertThatThrownBy(published::published).isInstanceOf(YearAlreadyPublished.class);
    }

    @Test
    void a_year_out_of_range_is_refused() {
        assertThatThrownBy(() -> YearArrangement.draft(1999, new Notice("x", null, null)))
                .isInstanceOf(YearOutOfRange.class);
    }
}
