package org.onevisit.certificates;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Verification (核验) of e-certificates for anyone, without a login: by number alone, by number and
 * verification code, or by the full content and code as a QR code carries them. A code that does not sign the
 * content shown is reported as forged, whatever the register holds.
 */
@Service
public class CertificateVerifier {

    private final Certificates certificates;
    private final CertificateSigner signer;
    private final Clock clock;

    CertificateVerifier(Certificates certificates, CertificateSigner signer, Clock clock) {
        this.certificates = certificates;
        this.signer = signer;
        this.clock = clock;
    }

    /** The status of the certificate with this number, as the register holds it. */
    public Verification check(String number) {
        return certificates.find(number).map(this::checkStored)
                .orElseGet(() -> Verification.nothingFor(CertificateStatus.UNKNOWN, number));
    }

    /** The status of the certificate with this number, when the code is its verification code; forged otherwise. */
    public Verification check(String number, String code) {
        Optional<Certificate> stored = certificates.find(number);
        if (stored.isEmpty()) {
            return Verification.nothingFor(CertificateStatus.UNKNOWN, number);
        }
        if (!signer.verifies(stored.get().content(), code)) {
            return Verification.nothingFor(CertificateStatus.FORGED, number);
        }
        return checkStored(stored.get());
    }

    /**
     * The status of a certificate as shown to the verifier: valid only if the code signs exactly this content and
     * the register holds the same certificate, unrevoked and unexpired.
     */
    public Verification verify(CertificateContent shown, String code) {
        if (!signer.verifies(shown, code)) {
            return Verification.nothingFor(CertificateStatus.FORGED, shown.number());
        }
        Optional<Certificate> stored = certificates.find(shown.number());
        if (stored.isEmpty()) {
            return Verification.nothingFor(CertificateStatus.UNKNOWN, shown.number());
        }
        if (!stored.get().content().equals(shown)) {
            return Verification.nothingFor(CertificateStatus.FORGED, shown.number());
        }
        return checkStored(stored.get());
    }

    /** The status of a certificate from the data of its QR code ({@link #qrData}); forged when unreadable. */
    public Verification verify(String data) {
        int dot = data.lastIndexOf('.');
        Optional<CertificateContent> content = Optional.empty();
        if (dot > 0) {
            try {
                content = CertificateContent.parse(
                        new String(Base64.getUrlDecoder().decode(data.substring(0, dot)), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) {
                content = Optional.empty();
            }
        }
        return content.map(c -> verify(c, data.substring(dot + 1)))
                .orElseGet(() -> Verification.nothingFor(CertificateStatus.FORGED, ""));
    }

    /** The whole certificate as one text: Base64URL of its canonical content, a dot, its verification code. */
    public static String qrData(Certificate certificate) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(certificate.content().canonical().getBytes(StandardCharsets.UTF_8))
                + "." + certificate.code();
    }

    /** The key third parties verify codes with, offline. */
    public VerificationKey publicKey() {
        return new VerificationKey(CertificateConfiguration.ALGORITHM, "X.509", signer.keyId(),
                Base64.getEncoder().encodeToString(signer.publicKey()), CertificateContent.FORMAT);
    }

    /** A stored certificate whose code no longer signs its row was altered in the database: forged as well. */
    private Verification checkStored(Certificate certificate) {
        if (!signer.verifies(certificate.content(), certificate.code())) {
            return Verification.nothingFor(CertificateStatus.FORGED, certificate.number());
        }
        LocalDate today = LocalDate.now(clock);
        return Verification.of(certificate, certificate.statusOn(today), clock.getZone());
    }
}
