package org.onevisit.certificates;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as its holder's wallet (我的证照) and its case show it: what it certifies, who issued it, whether it is
 * valid today, and the code that verifies it — never the holder's ID number or credit code.
 *
 * @param department the issuing department's code
 * @param code the verification code (核验码), printed on the certificate, that the public verification checks
 * @param revokedOn the day it was revoked; null unless revoked
 */
public record CertificateCard(String number, String type, String holderName, String department, LocalDate issuedOn,
        @Nullable LocalDate validUntil, String conditions, CertificateStatus status, @Nullable LocalDate revokedOn,
        String revocationReason, String caseNumber, String itemCode, String code) {

    static CertificateCard of(Certificate c, LocalDate today, java.time.ZoneId centre) {
        CertificateContent content = c.content();
        Revocation r = c.revocation();
        return new CertificateCard(content.number(), content.type(), content.holderName(), content.department(),
                content.issuedOn(), content.validUntil(), content.conditions() == null ? "" : content.conditions(),
                c.statusOn(today), r == null ? null : LocalDate.ofInstant(r.revokedAt(), centre),
                r == null ? "" : r.reason(), c.caseNumber(), c.itemCode(), c.code());
    }
}
