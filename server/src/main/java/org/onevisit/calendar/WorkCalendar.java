package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Working-day arithmetic (工作日计算) over an immutable snapshot of the published arrangements.
 *
 * <p>A day is a working day when it is Monday to Friday and not listed as a holiday, or when it is listed
 * as a make-up working day. 《行政许可法》第八十二条 counts the Law's time limits in working days, statutory
 * holidays excluded. A year without a published arrangement is counted on weekends only, and every answer
 * that relied on such a year says so (it is provisional).
 *
 * <p>Counting conventions, the same for every method: the start day itself is never counted (a time limit
 * runs from the day after the event); days inside a {@link Suspension} are not counted. A limit of 0
 * working days ends on the start day when that day counts, else on the next day that does.
 */
public final class WorkCalendar {

    /** Years the arithmetic reaches; years outside are refused rather than guessed. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 3099;

    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    private final Map<LocalDate, SpecialDay> listed = new HashMap<>();
    private final SortedSet<Integer> publishedYears = new TreeSet<>();

    private WorkCalendar(Collection<YearArrangement> arrangements) {
        for (YearArrangement arrangement : arrangements) {
            if (arrangement.isPublished()) {
                tables.set(arrangement.year() - FIRST_YEAR, YearTable.of(arrangement));
                arrangement.days().forEach(day -> listed.put(day.date(), day));
                publishedYears.add(arrangement.year());
            }
        }
    }

    /** The calendar of the published arrangements among these; drafts are ignored. */
    public static WorkCalendar of(Collection<YearArrangement> arrangements) {
        return new WorkCalendar(arrangements);
    }

    public SortedSet<Integer> publishedYears() {
        return Collections.unmodifiableSortedSet(publishedYears);
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).isWorkingDay(date.getDayOfYear());
    }

    public DayInfo describe(LocalDate date) {
        YearTable table = table(date.getYear());
        boolean working = table.isWorkingDay(date.getDayOfYear());
        SpecialDay special = listed.get(date);
        DayReason reason = special != null ? (working ? DayReason.MAKE_UP_WORKING_DAY : DayReason.HOLIDAY)
                : (working ? DayReason.WEEKDAY : DayReason.WEEKEND);
        return new DayInfo(date, working, reason, special == null ? null : special.name(), !table.published());
    }

    /** The day on which a limit of {@code workingDays} working days from {@code from} ends. */
    public Deadline deadline(LocalDate from, int workingDays) {
        return deadline(from, workingDays, List.of());
    }

    public Deadline deadline(LocalDate from, int workingDays, List<Suspension> suspensions) {
        requireNotNegative(workingDays);
        ClockStops stops = ClockStops.of(suspensions);
        LocalDate end = workingDays == 0 && counts(from, stops) ? from
                : countForward(from, Math.max(workingDays, 1), stops);
        return new Deadline(end, unpublishedYears(from.getYear(), end.getYear()));
    }

    /**
     * The day on which a limit in calendar days (自然日, e.g. the 60 days of 《环境影响评价法》第二十二条 for a
     * report) ends: calendar days are counted, suspended days excepted; a limit ending on a rest day moves
     * to the next working day. Only the landing needs the arrangement, so only the years from the landing
     * day on can make the result provisional.
     */
    public Deadline calendarDayDeadline(LocalDate from, int calendarDays, List<Suspension> suspensions) {
        requireNotNegative(calendarDays);
        ClockStops stops = ClockStops.of(suspensions);
        LocalDate start = from;
        LocalDate landing = from;
        int missing = calendarDays;
        while (missing > 0) {
            landing = start.plusDays(missing);
            missing = stops.calendarDaysStopped(start, landing);
            start = landing;
        }
        LocalDate end = counts(landing, stops) ? landing : countForward(landing, 1, stops);
        return new Deadline(end, unpublishedYears(landing.getYear(), end.getYear()));
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative, with the same magnitude,
     * when {@code to} is before {@code from}.
     */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysBetween(from, to, List.of());
    }

    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to, List<Suspension> suspensions) {
        boolean reversed = to.isBefore(from);
        LocalDate low = reversed ? to : from;
        LocalDate high = reversed ? from : to;
        int days = workingDaysAfter(low, high) - ClockStops.of(suspensions).workingDaysStopped(low, high, this);
        return new WorkingDayCount(reversed ? -days : days, unpublishedYears(low.getYear(), high.getYear()));
    }

    /** Working days after {@code after} up to and including {@code upTo}, suspensions ignored; {@code after} is not after {@code upTo}. */
    int workingDaysAfter(LocalDate after, LocalDate upTo) {
        YearTable first = table(after.getYear());
        if (after.getYear() == upTo.getYear()) {
            return first.workingDaysUpTo(upTo.getDayOfYear()) - first.workingDaysUpTo(after.getDayOfYear());
        }
        int days = first.total() - first.workingDaysUpTo(after.getDayOfYear());
        for (int year = after.getYear() + 1; year < upTo.getYear(); year++) {
            days += table(year).total();
        }
        return days + table(upTo.getYear()).workingDaysUpTo(upTo.getDayOfYear());
    }

    private boolean counts(LocalDate date, ClockStops stops) {
        return isWorkingDay(date) && !stops.contains(date);
    }

    /**
     * The n-th counted day after {@code from}. Each round jumps to the n-th working day ignoring the
     * suspensions, then owes as many days as the suspensions swallowed on the way.
     */
    private LocalDate countForward(LocalDate from, int count, ClockStops stops) {
        LocalDate start = from;
        LocalDate end = from;
        int missing = count;
        while (missing > 0) {
            end = nthWorkingDayAfter(start, missing);
            missing = stops.workingDaysStopped(start, end, this);
            start = end;
        }
        return end;
    }

    private LocalDate nthWorkingDayAfter(LocalDate from, int count) {
        int year = from.getYear();
        YearTable table = table(year);
        int before = table.workingDaysUpTo(from.getDayOfYear());
        int missing = count;
        while (missing > table.total() - before) {
            missing -= table.total() - before;
            table = table(++year);
            before = 0;
        }
        return LocalDate.ofYearDay(year, table.dayReaching(before + missing));
    }

    private SortedSet<Integer> unpublishedYears(int firstYear, int lastYear) {
        SortedSet<Integer> years = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (!publishedYears.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    private YearTable table(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The calendar reaches from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        int index = year - FIRST_YEAR;
        YearTable table = tables.get(index);
        if (table == null) {
            tables.compareAndSet(index, null, YearTable.weekendsOnly(year));
            table = tables.get(index);
        }
        return table;
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A time limit is not negative");
        }
    }
}
