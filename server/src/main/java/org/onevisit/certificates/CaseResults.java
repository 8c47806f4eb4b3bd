package org.onevisit.certificates;

import org.onevisit.casework.ItemDecided;
import org.onevisit.intake.CaseTerminated;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What happens to a case's certificates as the case goes on: an approved licence item gets its certificate in the
 * transaction of the decision; a case terminated because its 容缺 pledge was broken loses the certificates it
 * already had — the approval rested on the pledge, so it is revoked (撤销) with the reason, and verification says
 * REVOKED from then on.
 */
@Component
class CaseResults {

    static final String TERMINATION_REASON = "办件终止，审批决定撤销：";

    private final CertificateIssuing issuing;
    private final CertificateRegister register;
    private final Certificates certificates;

    CaseResults(CertificateIssuing issuing, CertificateRegister register, Certificates certificates) {
        this.issuing = issuing;
        this.register = register;
        this.certificates = certificates;
    }

    /** Only approved licence decisions issue a certificate; the others pass by ({@link CertificateIssuing#issue}). */
    @EventListener
    void on(ItemDecided decided) {
        issuing.issue(decided);
    }

    @ApplicationModuleListener
    void on(CaseTerminated terminated) {
        for (Certificate held : certificates.unrevokedOfCase(terminated.caseNumber())) {
            register.revokeIfValid(held, TERMINATION_REASON + terminated.reason(), "system");
        }
    }
}
