package org.onevisit.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.evaluation.Grade;
import org.onevisit.evaluation.RatingFigures;
import org.onevisit.evaluation.RatingFigures.DepartmentFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Size;

/**
 * 好差评每月通报, public: each department's figures for a month — ratings per grade, 好评率, 差评整改率 — and nothing about
 * any person or case.
 */
@Controller
class PublishedRatingsPage {

    /** A department's figures with its name. */
    record Row(String departmentName, DepartmentFigures figures) {
    }

    private final RatingFigures figures;
    private final Catalog catalog;
    private final Clock clock;

    PublishedRatingsPage(RatingFigures figures, Catalog catalog, Clock clock) {
        this.figures = figures;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/ratings")
    String published(@RequestParam(required = false) @Nullable @Size(max = 20) String month, Model model,
            Locale locale) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(clock) : RatingApi.month(month);
        List<Department> departments = catalog.departments();
        model.addAttribute("month", shown);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("rows", figures.published(shown).stream().map(f -> new Row(departments.stream()
                .filter(d -> d.code().equals(f.department())).map(d -> d.name(locale)).findFirst()
                .orElse(f.department()), f)).toList());
        return "evaluation/published";
    }
}
