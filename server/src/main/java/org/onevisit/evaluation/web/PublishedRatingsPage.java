package org.onevisit.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
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
    private final DepartmentNames names;
    private final Clock clock;

    PublishedRatingsPage(RatingFigures figures, DepartmentNames names, Clock clock) {
        this.figures = figures;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/ratings")
    String published(@RequestParam(required = false) @Nullable @Size(max = 20) String month, Model model,
            Locale locale) {
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(clock) : RatingApi.month(month);
        DepartmentNames.Named departments = names.of(locale);
        model.addAttribute("month", shown);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("rows", figures.published(shown).stream()
                .map(f -> new Row(departments.name(f.department()), f)).toList());
        return "evaluation/published";
    }
}
