package org.onevisit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's holiday arrangement (年度节假日安排) as the State Council publishes it: the notice and the
 * listed days, holidays and make-up working days. Days not listed follow the week: Monday to Friday
 * worked, Saturday and Sunday off. {@code version} guards against two administrators overwriting each
 * other.
 */
public record YearArrangement(int year, Notice notice, ArrangementStatus status, List<SpecialDay> days, long version) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;

    public YearArrangement {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(status, "status");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new YearOutOfRange(year);
        }
        days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
        days.forEach(day -> check(year, day));
    }

    /** A year just added from its notice: no days yet, not in effect until published. */
    public static YearArrangement draft(int year, Notice notice) {
        return new YearArrangement(year, notice, ArrangementStatus.DRAFT, List.of(), 0);
    }

    public boolean isPublished() {
        return status == ArrangementStatus.PUBLISHED;
    }

    public Optional<SpecialDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Lists the day, replacing what was listed for the same date. */
    YearArrangement withDay(SpecialDay day) {
        List<SpecialDay> changed = new ArrayList<>(days.size() + 1);
        days.stream().filter(d -> !d.date().equals(day.date())).forEach(changed::add);
        changed.add(day);
        return new YearArrangement(year, notice, status, changed, version);
    }

    YearArrangement withoutDay(LocalDate date) {
        if (day(date).isEmpty()) {
            throw new DayNotListed(date);
        }
        return new YearArrangement(year, notice, status, days.stream().filter(d -> !d.date().equals(date)).toList(),
                version);
    }

    YearArrangement published() {
        if (isPublished()) {
            throw new YearAlreadyPublished(year);
        }
        return new YearArrangement(year, notice, ArrangementStatus.PUBLISHED, days, version);
    }

    /** Fails unless the caller read the current version. */
    void checkVersion(long expected) {
        if (expected != version) {
            throw new ArrangementChanged(year, expected, version);
        }
    }

    private static void check(int year, SpecialDay day) {
        if (day.date().getYear() != year) {
            throw new DayOutsideYear(day.date(), year);
        }
        DayOfWeek weekday = day.date().getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        if (day.kind() == DayKind.MAKE_UP_WORKING_DAY && !weekend) {
            throw new MakeUpDayNotOnWeekend(day.date());
        }
    }
}
