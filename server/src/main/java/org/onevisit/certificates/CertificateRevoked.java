package org.onevisit.certificates;

import java.time.Instant;

/**
 * An e-certificate (电子证照) was revoked — by an official, by a broken 容缺 pledge, or by a corrective decision (纠错).
 * Published once a certificate, in the revoking transaction, for other government systems (docs/events.md); nothing
 * personal, and not the reason, which is an official's own words.
 *
 * @param department the code of the issuing department
 */
public record CertificateRevoked(String number, String type, String caseNumber, String itemCode, String department,
        Instant revokedAt) {
}
