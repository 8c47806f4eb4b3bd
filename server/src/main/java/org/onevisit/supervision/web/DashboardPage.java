package org.onevisit.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseDeadline;
import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.Light;
import org.onevisit.casework.Lights;
import org.onevisit.casework.MonthFigure;
import org.onevisit.casework.Overseeing;
import org.onevisit.casework.ReviewTask;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.Dashboard;
import org.onevisit.supervision.DashboardFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.validation.constraints.Size;

/**
 * The supervisors' dashboard (督查): every department's lights now, what is overdue or owed, the undecided cases near
 * their legal deadline, a month's figures per department and the trend of the last months, drawn as charts over tables
 * that carry the same figures; every figure opens the list of the reviews or cases it counts. The wall screen (大屏)
 * shows the same figures large and follows them by server-sent events.
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize(DashboardPage.READERS)
class DashboardPage {

    static final String READERS = "hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN')";

    /** Rows of one page of a drill-down. */
    static final int PAGE_SIZE = 50;

    /** A department's month with its name. */
    record MonthRow(String department, String departmentName, DepartmentKpi kpi) {
    }

    /** A review behind a figure, with names, its deadline and the working days left (negative once overdue). */
    record ReviewRow(String caseNumber, String departmentName, String itemName, @Nullable LocalDate openedOn,
            @Nullable LocalDate deadline, @Nullable Integer workingDaysLeft, @Nullable Light light, String status) {
    }

    private final Dashboard dashboard;
    private final Overseeing overseeing;
    private final Lights lights;
    private final Catalog catalog;
    private final DashboardStream stream;
    private final Clock clock;

    DashboardPage(Dashboard dashboard, Overseeing overseeing, Lights lights, Catalog catalog, DashboardStream stream,
            Clock clock) {
        this.dashboard = dashboard;
        this.overseeing = overseeing;
        this.lights = lights;
        this.catalog = catalog;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @Nullable @Size(max = 20) String month, Model model, Locale locale) {
        YearMonth shown = month(month);
        DashboardFigures figures = dashboard.figures();
        Map<String, String> names = departmentNames(locale);
        model.addAttribute("figures", figures);
        model.addAttribute("names", names);
        model.addAttribute("month", shown);
        model.addAttribute("rows", overseeing.month(shown).stream()
                .map(k -> new MonthRow(k.department(), names.getOrDefault(k.department(), k.department()), k)).toList());
        model.addAttribute("chartData", stream.payload(figures, locale));
        return "supervision/dashboard";
    }

    /** The wall screen (大屏) for the hall or the supervision room: the same figures, large, kept up to date by events. */
    @GetMapping("/wall")
    String wall(Model model, Locale locale) {
        DashboardFigures figures = dashboard.figures();
        model.addAttribute("figures", figures);
        model.addAttribute("names", departmentNames(locale));
        model.addAttribute("chartData", stream.payload(figures, locale));
        return "supervision/wall";
    }

    /** The figures as server-sent events: the current ones at once, then whenever they change. */
    @GetMapping(path = "/dashboard/stream", produces = "text/event-stream")
    SseEmitter events(Locale locale) {
        return stream.subscribe(locale);
    }

    /**
     * The reviews behind a figure: those open ({@code OPEN}) or of a light now ({@code RED}, {@code YELLOW},
     * {@code GREEN}), the opinions owed after
     * deemed consent ({@code OWED}), or one of a month's figures ({@code OPENED}, {@code ANSWERED},
     * {@code DEEMED_CONSENT}, {@code LATE}, with {@code month}); of every department or of one.
     */
    @GetMapping("/dashboard/reviews")
    String reviews(@RequestParam @Size(max = 20) String figure,
            @RequestParam(required = false) @Nullable @Size(max = Limits.CODE) String department,
            @RequestParam(required = false) @Nullable @Size(max = 20) String month,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String dept = department == null || department.isBlank() ? null : department.strip();
        String shown = figure.strip().toUpperCase(Locale.ROOT);
        YearMonth inMonth = month(month);
        List<ReviewTask> tasks = switch (shown) {
            case "OPEN" -> overseeing.open(dept, page, PAGE_SIZE);
            case "RED", "YELLOW", "GREEN" -> overseeing.withLight(Light.valueOf(shown), dept, page, PAGE_SIZE);
            case "OWED" -> overseeing.owedOpinionsPastDue(dept, page, PAGE_SIZE);
            case "OPENED", "ANSWERED", "DEEMED_CONSENT", "LATE" ->
                    overseeing.behind(MonthFigure.valueOf(shown), inMonth, dept, page, PAGE_SIZE);
            default -> throw new DomainException(Kind.INVALID, "supervision-figure-unknown", "No such figure: " + figure,
                    figure);
        };
        Map<String, String> names = departmentNames(locale);
        model.addAttribute("figure", shown);
        model.addAttribute("monthly", !List.of("OPEN", "RED", "YELLOW", "GREEN", "OWED").contains(shown));
        model.addAttribute("month", inMonth);
        model.addAttribute("department", dept);
        model.addAttribute("departmentName", dept == null ? null : names.getOrDefault(dept, dept));
        model.addAttribute("page", page);
        model.addAttribute("more", tasks.size() == PAGE_SIZE);
        model.addAttribute("rows", tasks.stream().map(t -> row(t, names, locale)).toList());
        return "supervision/dashboard-reviews";
    }

    /** The cases not yet decided whose legal deadline is near or past, the nearest first. */
    @GetMapping("/dashboard/cases")
    String cases(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        List<CaseDeadline> cases = overseeing.nearLegalDeadline(page, PAGE_SIZE);
        model.addAttribute("rows", cases);
        model.addAttribute("page", page);
        model.addAttribute("more", cases.size() == PAGE_SIZE);
        return "supervision/dashboard-cases";
    }

    private ReviewRow row(ReviewTask t, Map<String, String> names, Locale locale) {
        LocalDate due = t.owed() != null && !t.owed().given() ? t.owed().due() : t.clock().deadline();
        Integer left = due == null ? null : lights.workingDaysLeft(due);
        return new ReviewRow(t.caseNumber(), names.getOrDefault(t.department(), t.department()), itemName(t.itemCode(), locale),
                t.clock().openedOn(), due, left, due == null ? null : lights.of(due), t.status().name());
    }

    private Map<String, String> departmentNames(Locale locale) {
        return catalog.departments().stream()
                .collect(Collectors.toMap(Department::code, d -> d.name(locale), (a, b) -> a));
    }

    private String itemName(String code, Locale locale) {
        try {
            return catalog.item(code).details().name(locale);
        } catch (DomainException e) {
            return code;
        }
    }

    private YearMonth month(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Kind.INVALID, "casework-month-invalid", "Not a month (yyyy-MM): " + text, text);
        }
    }
}
