package org.onevisit.supervision.web;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.ErrorCorrecting;
import org.onevisit.supervision.ErrorCorrection;
import org.onevisit.supervision.ErrorCorrection.Conditions;
import org.onevisit.supervision.ErrorCorrection.ExcusalResult;
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
 * Corrections (纠错) of delegated decisions found in violation, and the excusal of their errors (容错, ADR 0035): the
 * corrective decision, the official's hearing, the group's proposal, the leadership's determination on the four
 * conditions, the official's one appeal and its decision. Each step is taken at the version the caller saw.
 */
@JsonApi("/api/v1/corrections")
@Tag(name = "Corrections", description = "电子监察：纠错与容错（授权决定抽查发现违规后的纠错、陈述、容错认定、申诉）")
class CorrectionApi {

    private final ErrorCorrecting corrections;

    CorrectionApi(ErrorCorrecting corrections) {
        this.corrections = corrections;
    }

    /** A correction with what the caller may do in it now. */
    record CorrectionView(ErrorCorrection correction, @Nullable ExcusalResult finalResult,
            ErrorCorrecting.Choices choices) {
    }

    @GetMapping
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The corrections the caller may read, newest first (a supervisor's of every department, a "
            + "group's and a department head's of their department, an official's of their own decisions), in the "
            + "department and the state (OPENED, CORRECTED) if given")
    List<ErrorCorrection> list(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(required = false) @Nullable @Size(max = 20) String state, Principal user) {
        return corrections.list(department == null || department.isBlank() ? null : department.strip(), state(state),
                user.getName());
    }

    @GetMapping("/{id}")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "A correction: the decision, the finding, the corrective decision, the hearing, the proposal, "
            + "the determination and the appeal")
    CorrectionView find(@PathVariable long id, Principal user) {
        return view(corrections.find(id, user.getName()), user);
    }

    /**
     * @param approve for AMEND, whether the corrected decision approves the item
     * @param text for AMEND, the corrected conditions of an approval or the reasons of a refusal (required for one)
     */
    record CorrectiveRequest(@NotNull ErrorCorrection.Action action, @Nullable Boolean approve,
            @Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String text,
            @Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String causeAnalysis, @NotNull Long version) {
    }

    @PostMapping("/{id}/corrective-decision")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The corrective decision (纠错) by the department's supervision group or a supervisor: AMEND "
            + "(outcome and text replaced) or REVOKE, with the cause analysed. The item's certificate is revoked and, "
            + "for an amendment that still approves, issued again; the applicant is told by text message")
    CorrectionView correct(@PathVariable long id, @RequestBody @Valid CorrectiveRequest r, Principal user) {
        if (r.action() == ErrorCorrection.Action.AMEND && r.approve() == null) {
            throw new DomainException(Kind.INVALID, "correction-outcome-missing",
                    "An amendment says whether the corrected decision approves the item.");
        }
        return view(corrections.correct(id, r.action(), Boolean.TRUE.equals(r.approve()), text(r.text()),
                text(r.causeAnalysis()), r.version(), user.getName()), user);
    }

    record HearingRequest(@Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String statement, @NotNull Long version) {
    }

    @PostMapping("/{id}/hearing")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The official who took the decision is heard (陈述): their statement, given by themselves or "
            + "recorded by the group; once, before the proposal and the determination")
    CorrectionView hear(@PathVariable long id, @RequestBody @Valid HearingRequest r, Principal user) {
        return view(corrections.hear(id, text(r.statement()), r.version(), user.getName()), user);
    }

    record ProposalRequest(@NotNull Boolean excuse, @Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String reasons,
            @NotNull Long version) {
    }

    @PostMapping("/{id}/excusal-proposal")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The supervision group proposes whether to excuse the error (容错建议), the official heard")
    CorrectionView propose(@PathVariable long id, @RequestBody @Valid ProposalRequest r, Principal user) {
        return view(corrections.propose(id, r.excuse(), text(r.reasons()), r.version(), user.getName()), user);
    }

    /** The four conditions of 容错, each met or not. */
    record ConditionsRequest(@NotNull Boolean procedureFollowed, @NotNull Boolean noPersonalGain,
            @NotNull Boolean noCollusion, @NotNull Boolean correctedOnOwnInitiative) {

        Conditions conditions() {
            return new Conditions(procedureFollowed, noPersonalGain, noCollusion, correctedOnOwnInitiative);
        }
    }

    record DeterminationRequest(@NotNull @Valid ConditionsRequest conditions,
            @Nullable @Size(max = ErrorCorrecting.MAX_DETAIL) String matter,
            @Nullable @Size(max = ErrorCorrecting.MAX_DETAIL) String situation, @NotNull ExcusalResult result,
            @NotNull Long version) {
    }

    @PostMapping("/{id}/determination")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The leadership (the department's principal head or a supervisor) determines (容错认定): the "
            + "four conditions one by one, the matter (容错事项), the situation (容错情形) and the result EXEMPTED, "
            + "LIGHTER or NOT_EXCUSED; only NOT_EXCUSED when a condition is not met (422)")
    CorrectionView determine(@PathVariable long id, @RequestBody @Valid DeterminationRequest r, Principal user) {
        return view(corrections.determine(id, r.conditions().conditions(), text(r.matter()), text(r.situation()),
                r.result(), r.version(), user.getName()), user);
    }

    record AppealRequest(@Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String grounds, @NotNull Long version) {
    }

    @PostMapping("/{id}/appeal")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The official whose decision it is appeals the determination (申诉), once: a second appeal is "
            + "refused (409)")
    CorrectionView appeal(@PathVariable long id, @RequestBody @Valid AppealRequest r, Principal user) {
        return view(corrections.appeal(id, text(r.grounds()), r.version(), user.getName()), user);
    }

    record AppealDecisionRequest(@NotNull @Valid ConditionsRequest conditions, @NotNull ExcusalResult result,
            @Nullable @Size(max = ErrorCorrecting.MAX_TEXT) String reasons, @NotNull Long version) {
    }

    @PostMapping("/{id}/appeal-decision")
    @PreAuthorize(SpotCheckApi.STAFF)
    @Operation(summary = "The appeal decided by a supervisor or the department's principal head: the four conditions "
            + "found again and the result, the determination's (upheld) or another (changed); it sets whether the "
            + "error is excused")
    CorrectionView decideAppeal(@PathVariable long id, @RequestBody @Valid AppealDecisionRequest r, Principal user) {
        return view(corrections.decideAppeal(id, r.conditions().conditions(), r.result(), text(r.reasons()),
                r.version(), user.getName()), user);
    }

    private CorrectionView view(ErrorCorrection c, Principal user) {
        return new CorrectionView(c, c.finalResult(), corrections.choices(c, user.getName()));
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    static ErrorCorrection.@Nullable State state(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ErrorCorrection.State.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(Kind.INVALID, "correction-state-unknown", "No correction state " + text.strip(),
                    text.strip());
        }
    }
}
