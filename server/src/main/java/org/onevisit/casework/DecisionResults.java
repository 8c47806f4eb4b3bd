package org.onevisit.casework;

import java.time.Clock;
import java.util.Map;

import org.onevisit.casework.CaseDossier.DecisionTaken;
import org.onevisit.certificates.Approval;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Deliveries;
import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a decision, in its transaction and in this order: the decision on the audit trail and announced to
 * other government systems ({@link CaseDecided}); when it was the
 * case's last, the delivery of the case's results (withheld while a 容缺 pledge is open); then the certificate of an
 * approved licence. The certificate comes last because its number locks the department's counter until the commit
 * (gapless numbers), and every decision of the department waits for that lock.
 */
@Component
class DecisionResults {

    private final Deliveries deliveries;
    private final CertificateRegister certificates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionResults(Deliveries deliveries, CertificateRegister certificates, ApplicationEventPublisher events,
            Clock clock) {
        this.deliveries = deliveries;
        this.certificates = certificates;
        this.events = events;
        this.clock = clock;
    }

    void follow(CaseFile file, DecisionTaken taken) {
        ItemDecided decided = taken.decided();
        Deciding.Decision decision = taken.decision();
        events.publishEvent(new AuditedChange("case", file.number(), decided.approved() ? "approve" : "deny",
                decision.decidedBy(), "DEPARTMENT", Map.of("item", decided.itemCode()),
                Map.of("item", decided.itemCode(), "approved", String.valueOf(decided.approved()), "delegated",
                        String.valueOf(decision.delegated())), clock.instant()));
        events.publishEvent(new CaseDecided(file.number(), decided.itemCode(), decided.itemVersion(),
                decided.department(), decided.approved(), decision.delegated(), decided.decidedOn(),
                decision.decidedAt(), taken.caseDecided()));
        if (taken.caseDecided()) {
            deliveries.open(file.number(), file.resultWithheld(),
                    file.facts().items().stream().map(FileItem::reference).toList());
        }
        if (decided.approved()) {
            certificates.issue(new Approval(decided.caseNumber(), decided.itemCode(), decided.department(),
                    decided.resultType(), decided.resultName(), decided.holderIdentifier(), decided.holderName(),
                    decided.holderLegalPerson(), decided.decidedOn(), decided.validUntil(), decided.conditions()));
        }
    }
}
