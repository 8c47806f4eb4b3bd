package org.onevisit.intake.web;

import java.time.Instant;
import java.util.List;

import org.onevisit.certificates.CertificateCard;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.Intake;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * What a case produced, over JSON, for whoever may read the case (its applicant, and staff — intake's case read
 * policy): its certificates; and for the signed-in applicant every message their cases sent.
 */
@JsonApi("/api/v1")
@Tag(name = "Intake", description = "一窗受理：收件、受理、一次性告知、容缺受理、不予受理、补正")
class CaseResultsApi {

    private final Intake intake;
    private final CertificateRegister certificates;
    private final ApplicantMessages messages;

    CaseResultsApi(Intake intake, CertificateRegister certificates, ApplicantMessages messages) {
        this.intake = intake;
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping("/cases/{number}/certificates")
    @Operation(summary = "The e-certificates issued for a case, revoked ones too, each with its status today and the "
            + "code that verifies it; for the case's applicant and staff")
    List<CertificateCard> certificates(@PathVariable @Size(max = Limits.NUMBER) String number, Authentication user) {
        intake.find(number, user.getName());
        return certificates.ofCase(number);
    }

    /** A message a case sent to its applicant, the phone masked, with how each channel went (ADR 0045, 0046). */
    record MessageView(String caseNumber, String kind, String text, String phone, Instant queuedAt, boolean sent,
            List<org.onevisit.notification.Delivery> deliveries) {
    }

    @GetMapping("/me/messages")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Every message the signed-in applicant's cases sent (text messages included), the newest "
            + "first, at most 500, with the phone masked")
    List<MessageView> messages(Authentication user) {
        return messages.of(user.getName()).stream().map(m -> new MessageView(m.subjectId(), m.kind(), m.body(),
                m.maskedPhone(), m.queuedAt(), m.sent(), m.deliveries())).toList();
    }
}
