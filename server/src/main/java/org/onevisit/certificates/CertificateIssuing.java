package org.onevisit.certificates;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.onevisit.casework.ItemDecided;
import org.onevisit.platform.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the e-certificate of an item approved with a licence (证照) as its result, once the decision has
 * committed. The event comes through the event publication registry, so it is delivered again after a crash or
 * a failure: the case and item identify the certificate, and a second delivery finds it issued and stops.
 */
@Component
class CertificateIssuing {

    /** The catalog's result type of items whose result is a licence or certificate. */
    static final String LICENCE = "LICENCE";

    private final Certificates certificates;
    private final CertificateNumbers numbers;
    private final CertificateSigner signer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CertificateIssuing(Certificates certificates, CertificateNumbers numbers, CertificateSigner signer,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.certificates = certificates;
        this.numbers = numbers;
        this.signer = signer;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Only approved licence decisions reach the listener: the condition is checked before the event publication is
     * registered, so the many decisions that issue nothing cost no publication row, no listener transaction and no
     * completion update.
     */
    @ApplicationModuleListener(condition = "#root.args[0].approved() and #root.args[0].resultType() == '" + LICENCE + "'")
    void on(ItemDecided decided) {
        issue(decided);
    }

    /** The certificate of the decided item: issued now, or the one issued on an earlier delivery; none when not a licence. */
    Optional<Certificate> issue(ItemDecided decided) {
        if (!decided.approved() || !LICENCE.equals(decided.resultType())) {
            return Optional.empty();
        }
        Optional<Certificate> issued = certificates.findFor(decided.caseNumber(), decided.itemCode());
        if (issued.isPresent()) {
            return issued;
        }
        CertificateContent content = new CertificateContent(numbers.next(decided.department(), decided.decidedOn()),
                decided.resultName(), decided.holderName(), decided.holderIdentifier(), decided.holderLegalPerson(),
                decided.department(), decided.decidedOn(), decided.validUntil(), decided.conditions().strip());
        Certificate certificate = new Certificate(content, signer.sign(content), signer.keyId(), decided.caseNumber(),
                decided.itemCode(), null);
        try {
            ownTransaction.executeWithoutResult(tx -> store(certificate));
            return Optional.of(certificate);
        } catch (DuplicateKeyException deliveredTwiceAtOnce) {
            return certificates.findFor(decided.caseNumber(), decided.itemCode());
        }
    }

    private void store(Certificate certificate) {
        CertificateContent c = certificate.content();
        certificates.insert(certificate, clock.instant());
        events.publishEvent(new AuditedChange("certificate", c.number(), "issue", "system", "SYSTEM", Map.of(),
                Map.of("type", c.type(), "caseNumber", certificate.caseNumber(), "itemCode", certificate.itemCode(),
                        "department", c.department(), "validUntil", c.longTerm() ? "" : String.valueOf(c.validUntil())),
                clock.instant()));
        events.publishEvent(new CertificateIssued(c.number(), c.type(), certificate.caseNumber(), certificate.itemCode(),
                c.holderIdentifier()));
    }
}
