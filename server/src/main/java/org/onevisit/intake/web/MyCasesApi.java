package org.onevisit.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CasePage;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.platform.JsonApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The signed-in applicant's own cases, for the mobile app and the kiosk as for the portal's 我的办件: those applied
 * for on the account and, once the account's identity is verified at a counter, those filed at the counter under its
 * ID number or credit code (ADR 0020). A page at a time, the newest first; a case's details are
 * {@code GET /api/v1/cases/{number}}.
 */
@JsonApi("/api/v1/me")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class MyCasesApi {

    private final Intake intake;

    MyCasesApi(Intake intake) {
        this.intake = intake;
    }

    /** One case of the list: what it is, where it stands, and its dates. */
    record MyCase(String number, CaseStatus status, Channel channel, String subject, String subjectName, boolean bundle,
            List<String> itemNames, @Nullable LocalDate receivedOn, @Nullable LocalDate acceptedOn,
            @Nullable LocalDate promisedBy, int visitCount) {

        static MyCase of(IntakeCase c) {
            var applied = c.application();
            return new MyCase(c.number().value(), c.status(), applied.channel(), applied.subject(), applied.subjectName(),
                    applied.bundle(), applied.items().stream().map(org.onevisit.intake.CaseItem::name).toList(),
                    c.dates().receivedOn(), c.dates().acceptedOn(),
                    c.answer().deadlines() == null ? null : c.answer().deadlines().promised(), c.visitCount());
        }
    }

    /**
     * @param identityVerified whether the cases filed at the counter under the account's number are included
     */
    record MyCases(List<MyCase> cases, int page, int size, long total, boolean identityVerified) {
    }

    @GetMapping("/cases")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "The signed-in applicant's cases, the newest first (page from 0, size 1 to 100): those applied "
            + "for online and, once the account's identity is verified, those filed at the counter under its number")
    MyCases cases(@RequestParam(defaultValue = "0") @Min(0) @Max(org.onevisit.platform.Limits.PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication applicant) {
        CasePage found = intake.ofAccount(applicant.getName(), page, size);
        return new MyCases(found.cases().stream().map(MyCase::of).toList(), found.page(), found.size(), found.total(),
                found.identityVerified());
    }
}
