package org.onevisit.evaluation.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.Answer;
import org.onevisit.evaluation.Evaluation;
import org.onevisit.evaluation.Grade;
import org.onevisit.evaluation.Indicator;
import org.onevisit.evaluation.Rating;
import org.onevisit.evaluation.RatingChannel;
import org.onevisit.evaluation.RatingFigures;
import org.onevisit.evaluation.RatingFigures.Figures;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 好差评 on the API: the applicant's rating of their case (the portal, the app, a kiosk), and the month's figures with
 * its ratings, the applicant masked, for supervisors and the departments.
 */
@JsonApi("/api/v1")
@Tag(name = "Evaluation", description = "好差评：评价、差评整改、每月通报")
class RatingApi {

    private final Evaluation evaluation;
    private final RatingFigures figures;

    RatingApi(Evaluation evaluation, RatingFigures figures) {
        this.evaluation = evaluation;
        this.figures = figures;
    }

    /**
     * A rating: the grade, for a bad rating the indicators it is about, a comment of at most 500 characters, and the
     * channel (PORTAL by default; APP or KIOSK).
     */
    record RatingRequest(@NotNull Grade grade, @Nullable @Size(max = 8) Set<Indicator> reasons,
            @Nullable @Size(max = Limits.TEXT) String comment, @Nullable RatingChannel channel) {
    }

    /** A rating as the API shows it: the applicant masked, the rater's account not shown. */
    record RatingView(long id, String caseNumber, String department, String subjectName, Grade grade, int stars,
            Set<Indicator> reasons, String comment, RatingChannel channel, Instant ratedAt, LocalDate ratedOn,
            String applicant, boolean excluded) {

        static RatingView of(Rating r) {
            return new RatingView(r.id(), r.caseNumber(), r.department(), r.subjectName(), r.grade(), r.grade().stars(),
                    r.answer().reasons(), r.answer().comment(), r.channel(), r.ratedAt(), r.ratedOn(), r.applicant(),
                    r.excluded());
        }
    }

    @PostMapping("/cases/{number}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The applicant rates their case once it has ended (办结, 不予受理, 终止): once a case; staff never rate")
    RatingView rate(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid RatingRequest r,
            Principal user) {
        if (r.reasons() != null && r.reasons().stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException(Kind.INVALID, "evaluation-indicator-unknown", "No indicator null", "null");
        }
        Answer answer = new Answer(r.grade(), r.reasons() == null ? Set.of() : r.reasons(),
                r.comment() == null ? "" : r.comment(), r.channel() == null ? RatingChannel.PORTAL : r.channel());
        return RatingView.of(evaluation.rate(number, answer, user.getName()));
    }

    /** A month's figures: counts per grade, 好评率 and 差评整改率 in percent, and the ratings. */
    record MonthView(String month, @Nullable String department, Map<Grade, Integer> grades, int counted, int excluded,
            int bad, int fixed, @Nullable Double goodRate, @Nullable Double fixRate, List<RatingView> ratings) {
    }

    @GetMapping("/ratings")
    @PreAuthorize("hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE')")
    @Operation(summary = "每月通报: a month's ratings (yyyy-MM) of one department or all — counts per grade, 好评率, 差评整改率 and the list, applicants masked; a department's officials see their own")
    MonthView ratings(@RequestParam @Size(max = 20) String month,
            @RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department, Principal user) {
        String asked = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
        RatingFigures.Month m = figures.month(month(month), asked, user.getName());
        Figures f = m.figures();
        return new MonthView(m.month().toString(), m.department(), f.grades(), f.counted(), f.excluded(), f.bad(),
                f.fixed(), f.goodRate(), f.fixRate(), m.ratings().stream().map(RatingView::of).toList());
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Kind.INVALID, "evaluation-month-invalid", "Not a month (yyyy-MM): " + text, text);
        }
    }
}
