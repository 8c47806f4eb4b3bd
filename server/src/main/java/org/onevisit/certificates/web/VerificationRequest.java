package org.onevisit.certificates.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.certificates.CertificateContent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate as the verifier sees it — every printed field and the verification code — to check against the
 * signature and the register.
 *
 * @param validUntil empty for long-term (长期有效)
 * @param conditions empty when none
 */
record VerificationRequest(@NotBlank @Size(max = 40) String number, @NotBlank @Size(max = 200) String type,
        @NotBlank @Size(max = 200) String holderName, @NotBlank @Size(max = 40) String holderIdentifier,
        boolean holderLegalPerson, @NotBlank @Size(max = 40) String department, @NotNull LocalDate issuedOn,
        @Nullable LocalDate validUntil, @Nullable @Size(max = 4000) String conditions,
        @NotBlank @Size(max = 200) String code) {

    CertificateContent content() {
        return new CertificateContent(number, type, holderName, holderIdentifier, holderLegalPerson, department,
                issuedOn, validUntil, conditions == null ? "" : conditions);
    }
}
