package org.onevisit.casework.web;

import java.security.Principal;

import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.ReviewClock;
import org.onevisit.platform.JsonApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A review's clock through the API: 中止 for a special procedure, resuming after it or after the applicant's
 * correction, and the extension the law allows, which moves the case's legal deadline too.
 */
@JsonApi("/api/v1")
@Tag(name = "Casework", description = "并联审批：部门审查、牵头部门决定")
@PreAuthorize(CaseworkApi.OFFICIALS)
class ReviewClockApi {

    private final ReviewClock reviewClock;
    private final ReviewLights lights;

    ReviewClockApi(ReviewClock reviewClock, ReviewLights lights) {
        this.reviewClock = reviewClock;
        this.lights = lights;
    }

    @PostMapping("/reviews/{id}/resumption")
    @Operation(summary = "The applicant answered the correction request: the review resumes, its deadline moved by the days stood still")
    ReviewView resume(@PathVariable long id, Principal user) {
        return view(reviewClock.resume(id, user.getName()));
    }

    record SuspensionRequest(@NotNull org.onevisit.catalog.SpecialProcedureKind reason,
            @jakarta.validation.constraints.NotBlank @Size(max = 1000) String note) {
    }

    @PostMapping("/reviews/{id}/suspension")
    @Operation(summary = "中止: the review's clock stands still for an expert review, hearing, testing or public notice (art. 45)")
    ReviewView suspend(@PathVariable long id, @RequestBody @Valid SuspensionRequest r, Principal user) {
        return view(reviewClock.suspend(id, r.reason(), r.note(), user.getName()));
    }

    record ExtensionRequest(@jakarta.validation.constraints.NotBlank @Size(max = 100) String approvedBy,
            @jakarta.validation.constraints.NotBlank @Size(max = 800) String reason) {
    }

    @PostMapping("/reviews/{id}/extension")
    @Operation(summary = "《行政许可法》第四十二条: extend a review's limit once — by 10 working days approved by the head of the department, or by 15 approved by the government head where several departments handle the case jointly; the applicant is told")
    ReviewView extend(@PathVariable long id, @RequestBody @Valid ExtensionRequest r, Principal user) {
        return view(reviewClock.extend(id, r.approvedBy(), r.reason(), user.getName()));
    }

    private ReviewView view(ReviewTask task) {
        return lights.view(task);
    }
}
