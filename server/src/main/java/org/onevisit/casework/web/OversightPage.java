package org.onevisit.casework.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.Overseeing;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Size;

/**
 * The supervisors' figures (督查): each department's reviews of a month — opened, answered, on time, deemed consents,
 * late, average working days — and the reviews past their deadline now, longest overdue first, departments and items by
 * name (the same as {@code /api/v1/reviews/kpis} and {@code /overdue}).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN')")
class OversightPage {

    private static final int OVERDUE_SHOWN = 100;

    /** A department's figures with its name. */
    record Row(String departmentName, DepartmentKpi kpi) {
    }

    /** An overdue review with its department's and item's names. */
    record Overdue(ReviewView review, String departmentName, String itemName) {
    }

    private final Overseeing overseeing;
    private final ReviewLights lights;
    private final Catalog catalog;
    private final Clock clock;

    OversightPage(Overseeing overseeing, ReviewLights lights, Catalog catalog, Clock clock) {
        this.overseeing = overseeing;
        this.lights = lights;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/supervision/figures")
    String figures(@RequestParam(required = false) @Nullable @Size(max = 20) String month, Model model, Locale locale) {
        YearMonth shown = month(month);
        List<Department> departments = catalog.departments();
        model.addAttribute("month", shown);
        model.addAttribute("rows", overseeing.month(shown).stream()
                .map(k -> new Row(name(departments, k.department(), locale), k)).toList());
        model.addAttribute("overdue", lights.views(overseeing.overdue(null, 0, OVERDUE_SHOWN)).stream()
                .map(v -> new Overdue(v, name(departments, v.department(), locale), itemName(v.itemCode(), locale)))
                .toList());
        return "supervision/figures";
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

    private static String name(List<Department> departments, String code, Locale locale) {
        return departments.stream().filter(d -> d.code().equals(code)).map(d -> d.name(locale)).findFirst().orElse(code);
    }

    private String itemName(String code, Locale locale) {
        try {
            return catalog.item(code).details().name(locale);
        } catch (DomainException e) {
            return code;
        }
    }
}
