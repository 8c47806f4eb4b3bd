package org.onevisit.certificates;

import org.onevisit.casework.ItemDecided;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseTerminated;
import org.onevisit.intake.Intake;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What happens to a case's certificates as the case goes on: an approved licence item gets its certificate; a
 * case terminated because its 容缺 pledge was broken loses the certificates it already had — the approval rested
 * on the pledge, so it is revoked (撤销) with the reason, and verification says REVOKED from then on. A decision
 * whose certificate is still on its way when the case ends is not issued at all.
 */
@Component
class CaseResults {

    static final String TERMINATION_REASON = "办件终止，审批决定撤销：";

    private final CertificateIssuing issuing;
    private final CertificateRegister register;
    private final Certificates certificates;
    private final Intake intake;

    CaseResults(CertificateIssuing issuing, CertificateRegister register, Certificates certificates, Intake intake) {
        this.issuing = issuing;
        this.register = register;
        this.certificates = certificates;
        this.intake = intake;
    }

    /**
     * Only approved licence decisions reach this listener: the condition is checked before the event publication is
     * registered, so the many decisions that issue nothing cost no publication row, no listener transaction and no
     * completion update.
     */
    @ApplicationModuleListener(condition = "#root.args[0].approved() and #root.args[0].resultType() == '"
            + CertificateIssuing.LICENCE + "'")
    void on(ItemDecided decided) {
        if (!terminated(decided.caseNumber())) {
            issuing.issue(decided);
        }
    }

    @ApplicationModuleListener
    void on(CaseTerminated terminated) {
        for (Certificate held : certificates.unrevokedOfCase(terminated.caseNumber())) {
            register.revokeIfValid(held, TERMINATION_REASON + terminated.reason(), "system");
        }
    }

    private boolean terminated(String caseNumber) {
        return intake.lookup(caseNumber).map(c -> c.status() == CaseStatus.TERMINATED).orElse(false);
    }
}
