package org.onevisit.certificates;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the e-certificate of an item approved with a licence (证照) as its result, in the transaction of the
 * decision: an approval and its certificate commit together or not at all. The case and item identify the
 * certificate: a decision is taken once (casework's {@code casework_item_decision} has one row an item), so its
 * certificate is issued once, and nothing is looked up first. Asked again all the same, the register's unique key
 * refuses the second certificate and its transaction rolls back, the number it took with it, so the department's
 * numbers keep running without gaps.
 */
@Component
class CertificateIssuing {

    /** The catalog's result type of items whose result is a licence or certificate. */
    static final String LICENCE = "LICENCE";

    private final Certificates certificates;
    private final CertificateNumbers numbers;
    private final CertificateSigner signer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateIssuing(Certificates certificates, CertificateNumbers numbers, CertificateSigner signer,
            ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.numbers = numbers;
        this.signer = signer;
        this.events = events;
        this.clock = clock;
    }

    /** The certificate of the approved item, issued now; none when its result is not a licence. */
    @Transactional
    Optional<Certificate> issue(Approval decided) {
        if (!LICENCE.equals(decided.resultType())) {
            return Optional.empty();
        }
        CertificateContent content = new CertificateContent(numbers.next(decided.department(), decided.decidedOn()),
                decided.resultName(), decided.holderName(), decided.holderIdentifier(), decided.holderLegalPerson(),
                decided.department(), decided.decidedOn(), decided.validUntil(), decided.conditions().strip());
        Certificate certificate = new Certificate(content, signer.sign(content), signer.keyId(), decided.caseNumber(),
                decided.itemCode(), null);
        store(certificate);
        return Optional.of(certificate);
    }

    /**
     * The certificate of an item approved again by a corrective decision (纠错), with the corrected content: the item's
     * next edition, its earlier certificates revoked beforehand by the caller. None when its result is not a licence.
     */
    @Transactional
    Optional<Certificate> reissue(Approval corrected) {
        if (!LICENCE.equals(corrected.resultType())) {
            return Optional.empty();
        }
        int edition = certificates.lastEdition(corrected.caseNumber(), corrected.itemCode()) + 1;
        CertificateContent content = new CertificateContent(numbers.next(corrected.department(), corrected.decidedOn()),
                corrected.resultName(), corrected.holderName(), corrected.holderIdentifier(),
                corrected.holderLegalPerson(), corrected.department(), corrected.decidedOn(), corrected.validUntil(),
                corrected.conditions().strip());
        Certificate certificate = new Certificate(content, signer.sign(content), signer.keyId(), corrected.caseNumber(),
                corrected.itemCode(), null);
        store(certificate, edition);
        return Optional.of(certificate);
    }

    private void store(Certificate certificate) {
        store(certificate, 1);
    }

    private void store(Certificate certificate, int edition) {
        CertificateContent c = certificate.content();
        Instant now = clock.instant();
        try {
            certificates.insert(certificate, now, edition);
        } catch (DuplicateKeyException issuedBefore) {
            throw new DomainException(Kind.CONFLICT, "certificate-issued-already", "Item " + certificate.itemCode()
                    + " of case " + certificate.caseNumber() + " has its certificate already", certificate.caseNumber(),
                    certificate.itemCode());
        }
        events.publishEvent(new AuditedChange("certificate", c.number(), "issue", "system", "SYSTEM", Map.of(),
                Map.of("type", c.type(), "caseNumber", certificate.caseNumber(), "itemCode", certificate.itemCode(),
                        "department", c.department(), "validUntil", c.longTerm() ? "" : String.valueOf(c.validUntil())),
                now));
        events.publishEvent(new CertificateIssued(c.number(), c.type(), certificate.caseNumber(), certificate.itemCode(),
                c.department(), c.issuedOn(), c.validUntil(), edition, now));
    }
}
