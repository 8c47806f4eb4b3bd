package org.onevisit.casework.web;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
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
 * Departments' reviews and decisions for department systems and the inbox pages. The roles below are coarse; which
 * department's task, item or case a person may act on is decided by the casework facades' policies.
 */
@JsonApi("/api/v1")
@Tag(name = "Casework", description = "并联审批：部门审查、牵头部门决定")
class CaseworkApi {

    /** A department's officials: they review, decide and keep a review's clock (for their own department only). */
    static final String OFFICIALS = "hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE')";
    /** Who reads a case's reviews and decisions besides its officials: the centre's staff. */
    private static final String READERS = "hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE','ADMIN','CLERK','SUPERVISOR','COORDINATOR')";

    private final Reviewing reviewing;
    private final Deciding deciding;
    private final ReviewLights lights;
    private final org.onevisit.casework.DecisionDocuments documents;
    private final org.onevisit.casework.CaseHandling handling;

    CaseworkApi(Reviewing reviewing, Deciding deciding, ReviewLights lights,
            org.onevisit.casework.DecisionDocuments documents, org.onevisit.casework.CaseHandling handling) {
        this.documents = documents;
        this.handling = handling;
        this.reviewing = reviewing;
        this.deciding = deciding;
        this.lights = lights;
    }

    @GetMapping("/casework/inbox")
    @PreAuthorize(OFFICIALS + " or hasAnyRole('SUPERVISOR','COORDINATOR')")
    @Operation(summary = "A department's review tasks not yet answered and the opinions it owes after deemed consent, "
            + "the most urgent first, with their lights: officials their own department's, coordinators and supervisors any")
    List<ReviewView> inbox(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            Principal user) {
        return views(reviewing.inbox(department, user.getName(), 200).tasks());
    }

    @GetMapping("/cases/{number}/reviews")
    @PreAuthorize(READERS)
    @Operation(summary = "Every department's review of a case, each with its deadline and light")
    List<ReviewView> reviews(@PathVariable @Size(max = Limits.NUMBER) String number) {
        return views(reviewing.ofCase(number));
    }

    record OpinionRequest(@NotNull Opinion opinion, @Nullable @Size(max = Limits.TEXT) String text, @Nullable Long version) {
    }

    @PostMapping("/reviews/{id}/opinion")
    @PreAuthorize(OFFICIALS)
    @Operation(summary = "A department's opinion: consent, consent with conditions, objection with reasons, or correction")
    ReviewView opinion(@PathVariable long id, @RequestBody @Valid OpinionRequest r, Principal user) {
        return view(reviewing.decide(id, r.opinion(), r.text() == null ? "" : r.text(), user.getName(), r.version()));
    }

    record LateOpinionRequest(@NotNull Opinion opinion, @Nullable @Size(max = Limits.TEXT) String text) {
    }

    @PostMapping("/reviews/{id}/late-opinion")
    @PreAuthorize(OFFICIALS)
    @Operation(summary = "超时默认后补出意见: a department deemed to consent gives its real opinion late; the case does not go back")
    ReviewView lateOpinion(@PathVariable long id, @RequestBody @Valid LateOpinionRequest r, Principal user) {
        return view(reviewing.giveLateOpinion(id, r.opinion(), r.text() == null ? "" : r.text(), user.getName()));
    }

    record DecisionRequest(boolean approve, @Nullable @Size(max = Limits.TEXT) String reasons) {
    }

    @PostMapping("/cases/{number}/items/{code}/decision")
    @PreAuthorize(OFFICIALS)
    @Operation(summary = "The lead department's decision on an item once every review is in")
    DecisionView decide(@PathVariable @Size(max = Limits.NUMBER) String number, @PathVariable @Size(max = Limits.CODE) String code,
            @RequestBody @Valid DecisionRequest r,
            Principal user) {
        return DecisionView.of(deciding.decide(number, code, r.approve(), r.reasons() == null ? "" : r.reasons(), user.getName()));
    }

    record OnTheSpotRequest(@Nullable @Size(max = Limits.TEXT) String reasons) {
    }

    @PostMapping("/cases/{number}/items/{code}/decision-on-the-spot")
    @PreAuthorize("hasRole('CHIEF_REPRESENTATIVE')")
    @Operation(summary = "首席代表当场决定: a delegated item, materials complete, no site inspection or expert review")
    DecisionView decideOnTheSpot(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String code,
            @RequestBody(required = false) @Nullable @Valid OnTheSpotRequest r, Principal user) {
        return DecisionView.of(deciding.decideOnTheSpot(number, code, r == null || r.reasons() == null ? "" : r.reasons(),
                user.getName()));
    }

    @GetMapping(path = "/cases/{number}/items/{code}/decision-document", produces = "application/pdf")
    @PreAuthorize(READERS)
    @Operation(summary = "The decision document of an item as PDF (准予/不予行政许可决定书)")
    org.springframework.http.ResponseEntity<byte[]> decisionDocument(@PathVariable @Size(max = Limits.NUMBER) String number,
            @PathVariable @Size(max = Limits.CODE) String code) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(documents.render(number, code));
    }

    record ClosingRequest(@jakarta.validation.constraints.NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/cases/{number}/termination")
    @PreAuthorize("hasRole('CHIEF_REPRESENTATIVE')")
    @Operation(summary = "The lead department's chief representative terminates an accepted case with reasons before any "
            + "item is decided; open reviews are closed")
    org.springframework.http.ResponseEntity<Void> terminate(@PathVariable @Size(max = Limits.NUMBER) String number,
            @RequestBody @Valid ClosingRequest r,
            Principal user) {
        handling.terminate(number, r.reason(), user.getName());
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    private ReviewView view(ReviewTask task) {
        return lights.view(task);
    }

    private List<ReviewView> views(List<ReviewTask> tasks) {
        return lights.views(tasks);
    }
}
