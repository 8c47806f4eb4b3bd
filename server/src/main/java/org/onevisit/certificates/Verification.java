package org.onevisit.certificates;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;

/**
 * The answer of a verification (核验), fit to show anyone: the status and, for a certificate that exists, what
 * it is, to whom it was issued (a person's name and ID number masked, a company's in full) and, when revoked,
 * when and why.
 */
public record Verification(CertificateStatus status, String number, @Nullable String type, @Nullable String holder,
        @Nullable String holderIdentifier, @Nullable String department, @Nullable LocalDate issuedOn,
        @Nullable LocalDate validUntil, boolean longTerm, @Nullable LocalDate revokedOn,
        @Nullable String revocationReason) {

    static Verification nothingFor(CertificateStatus status, String number) {
        return new Verification(status, number, null, null, null, null, null, null, false, null, null);
    }

    static Verification of(Certificate certificate, CertificateStatus status, ZoneId zone) {
        CertificateContent c = certificate.content();
        Revocation revocation = certificate.revocation();
        return new Verification(status, c.number(), c.type(), holderName(c), holderIdentifier(c), c.department(),
                c.issuedOn(), c.validUntil(), c.longTerm(),
                revocation == null ? null : LocalDate.ofInstant(revocation.revokedAt(), zone),
                revocation == null ? null : revocation.reason());
    }

    static String holderName(CertificateContent c) {
        return c.holderLegalPerson() ? c.holderName() : PersonalData.name(c.holderName());
    }

    static String holderIdentifier(CertificateContent c) {
        return c.holderLegalPerson() ? c.holderIdentifier() : PersonalData.idNumber(c.holderIdentifier());
    }
}
