package org.onevisit.intake.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Refusal;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The counter's answers to a received case through the API (受理、一次性告知、容缺受理、不予受理、预审、收件) and the
 * ticking of materials, for the counter (its clerks; chief representatives for their own department's items where the
 * centre allows it). Each answer carries the version of the case the caller saw: two clerks acting
 * at once get a 409 instead of overwriting each other.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
@PreAuthorize(CounterDecisionsApi.STAFF)
class CounterDecisionsApi {

    /** Who may work at the counter at all; the counter policy decides which case (the intake facades). */
    static final String STAFF = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE')";

    private final CounterDecisions decisions;
    private final CaseSupplements supplements;

    private final CaseViews views;
    private final Intake intake;

    CounterDecisionsApi(CounterDecisions decisions, CaseSupplements supplements, CaseViews views, Intake intake) {
        this.views = views;
        this.intake = intake;
        this.decisions = decisions;
        this.supplements = supplements;
    }

    record VersionedRequest(@Nullable Long version) {
    }

    /**
     * The channel an answer is given on: the one named in {@code X-Channel}, otherwise the case's own — a case handed in
     * at the counter is answered in the applicant's presence (a visit), one applied for online, by post or by app is
     * answered remotely (no visit) unless the caller says {@code X-Channel: COUNTER}, as the workbench does when the
     * applicant is there.
     */
    private Channel channel(String number, @Nullable Channel named) {
        return named != null ? named : intake.find(number).application().channel();
    }

    record NoticeRequest(@Nullable Long version,
            @NotEmpty @Size(max = Limits.ENTRIES) List<@NotNull @Valid Line> deficiencies) {
        record Line(@NotBlank @Size(max = Limits.CODE) String material,
                @NotBlank @Size(max = Limits.REMARK) String problem) {
        }
    }

    record PledgeRequest(@Nullable Long version, @NotBlank @Size(max = Limits.TEXT) String pledgeText) {
    }

    record RefusalRequest(@Nullable Long version, @NotBlank @Size(max = Limits.TEXT) String reason,
            @Nullable @Size(max = Limits.LINE) String competentAuthority,
            @NotBlank @Size(max = Limits.TEXT) String remedies) {
    }

    record PreCheckRequest(@Nullable Long version,
            @Nullable @Size(max = Limits.ENTRIES) Map<@NotBlank @Size(max = Limits.CODE) String,
                    @NotNull @Size(max = Limits.REMARK) String> remarks,
            @Nullable @Size(max = Limits.TEXT) String note) {
    }

    record MarkRequest(@Nullable Long version, @NotNull MaterialStatus status) {
    }

    @PostMapping("/cases/{number}/acceptance")
    @Operation(summary = "受理: only when every material acceptance needs is in hand")
    CaseView accept(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody(required = false) @Nullable @Valid VersionedRequest r,
            @RequestHeader(name = "X-Channel", required = false) @Nullable Channel channel, Principal user) {
        return views.of(decisions.accept(number, new Act(user.getName(), channel(number, channel), r == null ? null : r.version())));
    }

    @PostMapping("/cases/{number}/deficiency-notice")
    @Operation(summary = "一次性告知: every missing or faulty material with what is wrong, once")
    CaseView notice(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid NoticeRequest r,
            @RequestHeader(name = "X-Channel", required = false) @Nullable Channel channel, Principal user) {
        return views.of(decisions.notifyDeficiencies(number,
                r.deficiencies().stream().map(l -> new Deficiency(l.material(), "", l.problem())).toList(),
                new Act(user.getName(), channel(number, channel), r.version())));
    }

    @PostMapping("/cases/{number}/pledge-acceptance")
    @Operation(summary = "容缺受理: only 容缺后补 materials missing; the applicant's signed pledge text")
    CaseView pledge(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid PledgeRequest r,
            @RequestHeader(name = "X-Channel", required = false) @Nullable Channel channel, Principal user) {
        return views.of(decisions.acceptOnPledge(number, r.pledgeText(), new Act(user.getName(), channel(number, channel), r.version())));
    }

    @PostMapping("/cases/{number}/refusal")
    @Operation(summary = "不予受理: reason, the competent authority where the matter is not ours, remedies")
    CaseView refuse(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid RefusalRequest r,
            @RequestHeader(name = "X-Channel", required = false) @Nullable Channel channel, Principal user) {
        return views.of(decisions.refuse(number, new Refusal(r.reason(),
                r.competentAuthority() == null ? "" : r.competentAuthority(), r.remedies()),
                new Act(user.getName(), channel(number, channel), r.version())));
    }

    @PostMapping("/cases/{number}/pre-check")
    @Operation(summary = "互联网预审: a clerk's remarks on the materials of an online pre-check")
    CaseView preCheck(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody @Valid PreCheckRequest r, Principal user) {
        return views.of(decisions.preCheck(number, r.remarks() == null ? Map.of() : r.remarks(),
                r.note() == null ? "" : r.note(), new Act(user.getName(), Channel.WEB, r.version())));
    }

    @PostMapping("/cases/{number}/receipt")
    @Operation(summary = "Receive at the counter a case pre-checked online (the applicant's visit)")
    CaseView receive(@PathVariable @Size(max = Limits.NUMBER) String number, @RequestBody(required = false) @Nullable @Valid VersionedRequest r, Principal user) {
        return views.of(decisions.receive(number, new Act(user.getName(), Channel.COUNTER, r == null ? null : r.version())));
    }

    @PostMapping("/cases/{number}/materials/{key}")
    @Operation(summary = "Tick a material: handed in on paper, satisfied by a certificate, not applicable, or missing")
    CaseView mark(@PathVariable @Size(max = Limits.NUMBER) String number, @PathVariable @Size(max = Limits.CODE) String key, @RequestBody @Valid MarkRequest r,
            @RequestHeader(name = "X-Channel", required = false) @Nullable Channel channel, Principal user) {
        return views.of(supplements.mark(number, key, r.status(), new Act(user.getName(), channel(number, channel), r.version())));
    }

}
