package org.onevisit.evaluation.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.AssessedUnit;
import org.onevisit.evaluation.AssessmentPeriod;
import org.onevisit.evaluation.Assessments;
import org.onevisit.evaluation.Assessments.Assessment;
import org.onevisit.evaluation.Assessments.By;
import org.onevisit.people.StaffAccounts;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

/**
 * 绩效考核 as a page for supervisors, coordinators and the departments' heads: a month's or a quarter's table of
 * figures, score, grade and rank, by department, by official or by counter, a chart of the ranking, and the reports
 * to download.
 * The month just ended is shown unless another period is asked for.
 */
@Controller
class AssessmentPage {

    /** A row of the table: the unit's name in the reader's language, and its figures. */
    record Row(String name, String departmentName, AssessedUnit unit) {
    }

    private final Assessments assessments;
    private final StaffAccounts staff;
    private final DepartmentNames names;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    AssessmentPage(Assessments assessments, StaffAccounts staff, DepartmentNames names, MessageSource messages,
            JsonMapper json, Clock clock) {
        this.assessments = assessments;
        this.staff = staff;
        this.names = names;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/evaluation/assessment")
    @PreAuthorize(AssessmentApi.READERS)
    String assessment(@RequestParam(required = false) @Nullable @Size(max = 20) String period,
            @RequestParam(defaultValue = "department") @Size(max = 20) String by, Model model, Locale locale,
            Principal user) {
        AssessmentPeriod shown = period == null || period.isBlank()
                ? AssessmentPeriod.parse(YearMonth.from(LocalDate.now(clock)).minusMonths(1).toString())
                : AssessmentPeriod.parse(period);
        Assessment a = assessments.of(shown, AssessmentApi.by(by), user.getName());
        DepartmentNames.Named departments = names.of(locale);
        String centre = messages.getMessage("assessment.counter.centre", null, locale);
        List<Row> rows = a.units().stream().map(u -> new Row(switch (a.by()) {
            case DEPARTMENT -> departments.name(u.unit());
            case OFFICIAL -> staff.find(u.unit()).map(m -> m.displayName() + "（" + u.unit() + "）").orElse(u.unit());
            case COUNTER -> departments.counter(u.unit());
        }, u.department().isEmpty() ? centre : departments.name(u.department()), u)).toList();
        model.addAttribute("period", shown);
        model.addAttribute("by", a.by().name().toLowerCase(Locale.ROOT));
        model.addAttribute("byDepartment", a.by() == By.DEPARTMENT);
        model.addAttribute("byCounter", a.by() == By.COUNTER);
        model.addAttribute("rows", rows);
        model.addAttribute("monthValue", shown.quarter() ? YearMonth.from(shown.from()).toString() : shown.label());
        model.addAttribute("quarterValue", shown.quarter() ? shown.label()
                : shown.from().getYear() + "-Q" + ((shown.from().getMonthValue() + 2) / 3));
        model.addAttribute("chartData", chartData(rows, locale));
        return "evaluation/assessment";
    }

    private String chartData(List<Row> rows, Locale locale) {
        List<Map<String, Object>> units = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("name", r.name());
            u.put("score", r.unit().score());
            u.put("grade", r.unit().grade().name());
            units.add(u);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("units", units);
        all.put("scoreLabel", messages.getMessage("assessment.chart.score", null, locale));
        // embedded in a page's data block: no character there may end the block or start markup
        return json.writeValueAsString(all).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
