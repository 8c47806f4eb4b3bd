package org.onevisit.bench.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onevisit.calendar.ArrangementStatus;
import org.onevisit.calendar.DayKind;
import org.onevisit.calendar.Notice;
import org.onevisit.calendar.SpecialDay;
import org.onevisit.calendar.Suspension;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.YearArrangement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline arithmetic on the working-day calendar over a year with holidays: every day of 2025 as the start, the
 * State Council's 2025 and 2026 arrangements (holidays and make-up working days) as the server ships them, with
 * and without suspensions (中止) that stop the clock.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmarks {

    private static final String MIGRATION = "/db/migration/V20__calendar.sql";
    private static final Pattern DAY_ROW = Pattern.compile(
            "\\(DATE '(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(HOLIDAY|MAKE_UP_WORKING_DAY)', '([^']*)'\\)");

    private WorkCalendar calendar;
    private List<YearArrangement> arrangements;
    private LocalDate[] starts;
    private List<List<Suspension>> suspensions;
    private int next;

    @Setup(Level.Trial)
    public void arrange() {
        arrangements = shippedArrangements();
        if (arrangements.size() < 2) {
            throw new IllegalStateException("Expected the 2025 and 2026 arrangements, found " + arrangements.size());
        }
        calendar = WorkCalendar.of(arrangements);
        starts = new LocalDate[365];
        suspensions = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(2025, 1, 1).plusDays(i);
            LocalDate s = starts[i];
            suspensions.add(List.of(new Suspension(s.plusDays(3), s.plusDays(9)), new Suspension(s.plusDays(20), s.plusDays(24))));
        }
    }

    private int day() {
        next = next == starts.length - 1 ? 0 : next + 1;
        return next;
    }

    /** 20 working days from any day of the year: the usual promised time limit. */
    @Benchmark
    public LocalDate deadline20WorkingDays() {
        return calendar.deadline(starts[day()], 20).date();
    }

    @Benchmark
    public LocalDate deadline20WorkingDaysWithSuspensions() {
        int d = day();
        return calendar.deadline(starts[d], 20, suspensions.get(d)).date();
    }

    /** Working days between a day and 60 calendar days later: how long a review has run. */
    @Benchmark
    public int workingDaysBetween() {
        LocalDate from = starts[day()];
        return calendar.workingDaysBetween(from, from.plusDays(60)).days();
    }

    @Benchmark
    public int workingDaysBetweenWithSuspensions() {
        int d = day();
        LocalDate from = starts[d];
        return calendar.workingDaysBetween(from, from.plusDays(60), suspensions.get(d)).days();
    }

    /** Building the calendar from two published years, as happens when an administrator changes one. */
    @Benchmark
    public WorkCalendar buildCalendar() {
        return WorkCalendar.of(arrangements);
    }

    /**
     * The 2025 and 2026 arrangements exactly as the server ships them: the reference rows of its calendar
     * migration, read from the server's jar.
     */
    static List<YearArrangement> shippedArrangements() {
        String sql;
        try (InputStream in = WorkCalendar.class.getResourceAsStream(MIGRATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The calendar migration " + MIGRATION + " is not on the classpath", e);
        }
        Map<Integer, List<SpecialDay>> byYear = new TreeMap<>();
        Matcher row = DAY_ROW.matcher(sql);
        while (row.find()) {
            byYear.computeIfAbsent(Integer.parseInt(row.group(2)), y -> new ArrayList<>())
                    .add(new SpecialDay(LocalDate.parse(row.group(1)), DayKind.valueOf(row.group(3)), row.group(4)));
        }
        return byYear.entrySet().stream().map(e -> new YearArrangement(e.getKey(),
                new Notice("国务院办公厅关于" + e.getKey() + "年部分节假日安排的通知", null, null), ArrangementStatus.PUBLISHED,
                e.getValue(), 0)).toList();
    }
}
