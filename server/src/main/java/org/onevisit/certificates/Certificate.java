package org.onevisit.certificates;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An issued e-certificate (电子证照): its content, the verification code signing it, the case and item it was
 * issued for, and its revocation once revoked.
 *
 * @param code  the verification code (核验码): the Ed25519 signature of the content, Base64URL
 * @param keyId which signing key made the code
 */
public record Certificate(CertificateContent content, String code, String keyId, String caseNumber, String itemCode,
        @Nullable Revocation revocation) {

    public Certificate {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemCode, "itemCode");
    }

    public String number() {
        return content.number();
    }

    public boolean revoked() {
        return revocation != null;
    }

    /** Revoked comes first, then expiry: a certificate past its last day ({@code validUntil}) is expired. */
    public CertificateStatus statusOn(LocalDate day) {
        if (revoked()) {
            return CertificateStatus.REVOKED;
        }
        LocalDate validUntil = content.validUntil();
        return validUntil != null && day.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    HeldCertificate held() {
        return new HeldCertificate(content.number(), content.type(), content.issuedOn(), content.validUntil());
    }
}
