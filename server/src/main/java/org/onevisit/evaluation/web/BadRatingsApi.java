package org.onevisit.evaluation.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.BadRating;
import org.onevisit.evaluation.BadRatingHandling;
import org.onevisit.evaluation.BadRatingHandling.HandledRating;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 差评整改 on the API, for the departments' systems and supervisors: the list, and each step with the version read
 * (a step taken meanwhile by someone else is a 409). Who acts is decided by {@link BadRatingHandling}'s policy.
 */
@JsonApi("/api/v1/bad-ratings")
@Tag(name = "Evaluation", description = "好差评：评价、差评整改、每月通报")
@PreAuthorize("hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE')")
class BadRatingsApi {

    private final BadRatingHandling handling;

    BadRatingsApi(BadRatingHandling handling) {
        this.handling = handling;
    }

    /** A bad rating with its handling: the rating, the step, the day it is due and whether it is overdue. */
    record BadRatingView(RatingApi.RatingView rating, BadRating.Step step, LocalDate dueOn, boolean overdue,
            BadRating.@Nullable Done callBack, BadRating.@Nullable Done fix, BadRating.@Nullable Done feedback,
            BadRating.@Nullable Appeal appeal, long version) {

        static BadRatingView of(HandledRating h) {
            BadRating b = h.handling();
            return new BadRatingView(RatingApi.RatingView.of(h.rating()), b.step(), b.dueOn(), h.overdue(), b.callBack(),
                    b.fix(), b.feedback(), b.appeal(), b.version());
        }
    }

    /** What an official says of a step, with the version of the handling they read. */
    record StepRequest(@NotNull @Size(max = Limits.REMARK) String text, long version) {
    }

    /** A supervisor's decision on an appeal. */
    record AppealDecisionRequest(boolean upheld, @NotNull @Size(max = Limits.REMARK) String note, long version) {
    }

    @GetMapping
    @Operation(summary = "Bad ratings with their handling, those still owed first (the earliest due first); a department's officials see their own")
    List<BadRatingView> list(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            Principal user) {
        String asked = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
        return handling.list(user.getName(), asked).stream().map(BadRatingView::of).toList();
    }

    @PostMapping("/{id}/call-back")
    @Operation(summary = "回访: the department called the applicant back (notes)")
    BadRatingView callBack(@PathVariable long id, @RequestBody @Valid StepRequest r, Principal user) {
        return BadRatingView.of(handling.callBack(id, r.version(), r.text(), user.getName()));
    }

    @PostMapping("/{id}/fix")
    @Operation(summary = "整改: what the department did about it")
    BadRatingView fix(@PathVariable long id, @RequestBody @Valid StepRequest r, Principal user) {
        return BadRatingView.of(handling.fix(id, r.version(), r.text(), user.getName()));
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "反馈: the applicant is told by text message what was done; the handling is complete")
    BadRatingView feedback(@PathVariable long id, @RequestBody @Valid StepRequest r, Principal user) {
        return BadRatingView.of(handling.sendFeedback(id, r.version(), r.text(), user.getName()));
    }

    @PostMapping("/{id}/appeal")
    @Operation(summary = "申诉: the department holds the rating malicious; a supervisor decides")
    BadRatingView appeal(@PathVariable long id, @RequestBody @Valid StepRequest r, Principal user) {
        return BadRatingView.of(handling.appeal(id, r.version(), r.text(), user.getName()));
    }

    @PostMapping("/{id}/appeal-decision")
    @Operation(summary = "复核: a supervisor upholds the appeal (the rating leaves the figures, kept on record) or rejects it")
    BadRatingView decideAppeal(@PathVariable long id, @RequestBody @Valid AppealDecisionRequest r, Principal user) {
        return BadRatingView.of(handling.decideAppeal(id, r.version(), r.upheld(), r.note(), user.getName()));
    }
}
