package org.onevisit.calendar;

import java.time.LocalDate;
import java.time.Year;

/**
 * The working days of one year, precomputed as a running count: {@code running[i]} is the number of
 * working days among the year's first {@code i} days. Whether day {@code i} is worked, how many working
 * days lie between two days of the year and where the n-th one falls are then array reads and a binary
 * search, however long the period.
 */
final class YearTable {

    private final int year;
    private final boolean published;
    private final short[] running;

    private YearTable(int year, boolean published, short[] running) {
        this.year = year;
        this.published = published;
        this.running = running;
    }

    /** A year without a published arrangement: Monday to Friday worked, nothing else known. */
    static YearTable weekendsOnly(int year) {
        return build(year, false, new DayKind[Year.of(year).length() + 1]);
    }

    static YearTable of(YearArrangement arrangement) {
        DayKind[] listed = new DayKind[Year.of(arrangement.year()).length() + 1];
        arrangement.days().forEach(day -> listed[day.date().getDayOfYear()] = day.kind());
        return build(arrangement.year(), true, listed);
    }

    private static YearTable build(int year, boolean published, DayKind[] listed) {
        short[] running = new short[listed.length];
        int weekday = LocalDate.ofYearDay(year, 1).getDayOfWeek().getValue();
        for (int i = 1; i < listed.length; i++) {
            boolean worked = listed[i] == null ? weekday <= 5 : listed[i] == DayKind.MAKE_UP_WORKING_DAY;
            running[i] = (short) (running[i - 1] + (worked ? 1 : 0));
            weekday = weekday == 7 ? 1 : weekday + 1;
        }
        return new YearTable(year, published, running);
    }

    int year() {
        return year;
    }

    boolean published() {
        return published;
    }

    int total() {
        return running[running.length - 1];
    }

    boolean isWorkingDay(int dayOfYear) {
        return running[dayOfYear] != running[dayOfYear - 1];
    }

    /** Working days among the year's first {@code dayOfYear} days (0 for day 0, the eve of the year). */
    int workingDaysUpTo(int dayOfYear) {
        return running[dayOfYear];
    }

    /** The day of the year on which the running count first reaches {@code count} (1 ≤ count ≤ total). */
    int dayReaching(int count) {
        int low = 1;
        int high = running.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (running[middle] >= count) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
