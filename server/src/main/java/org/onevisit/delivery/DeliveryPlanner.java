package org.onevisit.delivery;

import java.time.Clock;

import org.onevisit.casework.CaseDecided;
import org.onevisit.intake.Intake;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When every item of a case is decided its results wait for the applicant's choice of pickup or express —
 * or are withheld while a 容缺 pledge is open. It runs in the transaction of the last decision, so a decided case
 * always has its delivery. One delivery per case: the same event again changes nothing.
 */
@Component
class DeliveryPlanner {

    private final DeliveryChanges changes;
    private final Intake intake;
    private final Clock clock;

    DeliveryPlanner(DeliveryChanges changes, Intake intake, Clock clock) {
        this.changes = changes;
        this.intake = intake;
        this.clock = clock;
    }

    @EventListener
    void on(CaseDecided decided) {
        open(decided);
    }

    /** Opens the delivery of a decided case unless it has one; the listener's work, run in the caller's thread. */
    @Transactional
    void open(CaseDecided decided) {
        boolean withheld = WithholdingPolicy.withheld(intake.find(decided.caseNumber()));
        changes.open(Delivery.open(decided.caseNumber(), withheld, clock.instant()), "system");
    }
}
