package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.Limits;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * What supervisors and coordinators watch over the departments' reviews (电子监察): the reviews overdue now, across
 * departments, and each department's figures for a month.
 */
@Service
@ReadOnly
public class Overseeing {

    /** The most rows one page of a list may have. */
    public static final int MAX_PAGE_SIZE = 200;

    private final ReviewTasks tasks;
    private final CaseFiles files;
    private final Lights lights;
    private final WorkCalendars calendars;
    private final Clock clock;

    Overseeing(ReviewTasks tasks, CaseFiles files, Lights lights, WorkCalendars calendars, Clock clock) {
        this.tasks = tasks;
        this.files = files;
        this.lights = lights;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * Each department's open reviews today by light — green, yellow, red ({@link Lights}) — and its opinions owed past
     * their day after deemed consent; in order of department code, departments with none left out.
     */
    public List<DepartmentLights> lights() {
        WorkCalendar calendar = lights.calendar();
        LocalDate today = lights.today();
        Map<String, int[]> counts = new TreeMap<>();
        for (ReviewTasks.DeadlineCount c : tasks.openDeadlines()) {
            counts.computeIfAbsent(c.department(), d -> new int[4])[lights.of(c.deadline(), calendar, today).ordinal()] += c.count();
        }
        tasks.owedPastDueCounts(today).forEach((d, n) -> counts.computeIfAbsent(d, x -> new int[4])[3] += n);
        return counts.entrySet().stream().map(e -> new DepartmentLights(e.getKey(), e.getValue()[Light.GREEN.ordinal()],
                e.getValue()[Light.YELLOW.ordinal()], e.getValue()[Light.RED.ordinal()], e.getValue()[3])).toList();
    }

    /** The open reviews of every department or of one, the nearest deadline first: page {@code page} (from 0) of {@code size}. */
    public List<ReviewTask> open(@Nullable String department, int page, int size) {
        checkPage(page, size);
        return tasks.openDueBetween(null, null, department, page * size, size);
    }

    /**
     * The open reviews whose light is {@code light} today, of every department or of one, the nearest deadline first
     * (so the longest overdue first among the red): page {@code page} (from 0) of {@code size}.
     */
    public List<ReviewTask> withLight(Light light, @Nullable String department, int page, int size) {
        checkPage(page, size);
        LocalDate today = lights.today();
        LocalDate lastYellow = lights.lastYellowDay();
        return switch (light) {
            case RED -> tasks.openDueBetween(null, today.minusDays(1), department, page * size, size);
            case YELLOW -> tasks.openDueBetween(today, lastYellow, department, page * size, size);
            case GREEN -> tasks.openDueBetween(lastYellow.plusDays(1), null, department, page * size, size);
        };
    }

    /**
     * Cases not yet decided whose legal deadline (法定时限) is yellow or red today, the nearest first: page {@code page}
     * (from 0) of {@code size}.
     */
    public List<CaseDeadline> nearLegalDeadline(int page, int size) {
        checkPage(page, size);
        WorkCalendar calendar = lights.calendar();
        LocalDate today = lights.today();
        return files.undecidedDueBy(lights.lastYellowDay(), page * size, size).stream()
                .map(f -> new CaseDeadline(f.number(), f.facts().subject(), f.facts().subjectName(), f.clock().promised(),
                        f.clock().legal(), Lights.workingDaysLeft(f.clock().legal(), calendar, today),
                        lights.of(f.clock().legal(), calendar, today)))
                .toList();
    }

    /** How many cases not yet decided have a yellow or red legal deadline today. */
    public int countNearLegalDeadline() {
        return files.countUndecidedDueBy(lights.lastYellowDay());
    }

    /**
     * Open reviews past their deadline today (red lights), the longest overdue first: page {@code page} (from 0) of
     * {@code size}; of one department when {@code department} is given.
     */
    public List<ReviewTask> overdue(@Nullable String department, int page, int size) {
        checkPage(page, size);
        return tasks.overdue(LocalDate.now(clock), department, page * size, size);
    }

    /**
     * 超时默认 does not end a department's duty: the reviews deemed to consent whose real opinion is still owed past
     * its day, the longest overdue first — the departments that bear the responsibility, for the supervisor to chase.
     */
    public List<ReviewTask> owedOpinionsPastDue(@Nullable String department, int page, int size) {
        checkPage(page, size);
        return tasks.owedPastDue(LocalDate.now(clock), department, page * size, size);
    }

    /**
     * The reviews behind one figure of {@code month} ({@link #month}), of every department or of one: page {@code page}
     * (from 0) of {@code size}.
     */
    public List<ReviewTask> behind(MonthFigure figure, YearMonth month, @Nullable String department, int page, int size) {
        checkPage(page, size);
        return tasks.behind(figure, month.atDay(1), month.atEndOfMonth(), LocalDate.now(clock), department, page * size, size);
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > Limits.PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(Kind.INVALID, "casework-page-invalid",
                    "A page is numbered from 0 and has 1 to " + MAX_PAGE_SIZE + " rows", MAX_PAGE_SIZE);
        }
    }

    /** Every department's figures for {@code month}, in order of department code; departments with no review are left out. */
    public List<DepartmentKpi> month(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<String, Integer> opened = tasks.openedBetween(from, to);
        Map<String, Integer> late = tasks.lateBetween(from, to, LocalDate.now(clock));
        Map<String, Answered> answered = new TreeMap<>();
        WorkCalendar calendar = calendars.current();
        for (ReviewTasks.AnsweredGroup g : tasks.answeredBetween(from, to)) {
            answered.computeIfAbsent(g.department(), d -> new Answered()).add(g, calendar);
        }
        TreeSet<String> departments = new TreeSet<>(opened.keySet());
        departments.addAll(late.keySet());
        departments.addAll(answered.keySet());
        List<DepartmentKpi> kpis = new ArrayList<>();
        for (String d : departments) {
            Answered a = answered.getOrDefault(d, new Answered());
            kpis.add(new DepartmentKpi(d, opened.getOrDefault(d, 0), a.count, a.onTime, a.deemed,
                    late.getOrDefault(d, 0), a.timed == 0 ? null : (double) a.workingDays / a.timed));
        }
        return kpis;
    }

    /** A department's answered reviews summed up from the groups of one month. */
    private static final class Answered {
        int count;
        int onTime;
        int deemed;
        long workingDays;
        int timed;

        void add(ReviewTasks.AnsweredGroup g, WorkCalendar calendar) {
            count += g.count();
            if (g.deemed()) {
                deemed += g.count();
            } else {
                onTime += g.onTime();
            }
            if (g.openedOn() != null) {
                int days = calendar.workingDaysBetween(g.openedOn(), g.answeredOn()).days();
                workingDays += Math.max(0, (long) days * g.count() - g.suspendedDays());
                timed += g.count();
            }
        }
    }
}
