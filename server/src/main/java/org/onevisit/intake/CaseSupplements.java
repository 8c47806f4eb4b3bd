package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.intake.CounterDecisions.Act;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant or the clerk adds to a case after it is handed in: files for a material (online or at
 * the counter), a material ticked as handed in on paper or satisfied otherwise, and withdrawal.
 */
@Service
@Transactional
public class CaseSupplements {

    private final CaseChanges changes;
    private final Clock clock;

    CaseSupplements(CaseChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** A stored file handed in for a material of the case. */
    public IntakeCase supplement(String number, String materialKey, String fileId, Act act) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "supplement",
                c -> c.supplement(materialKey, fileId, today, Visit.of(act.channel(), act.actor(), c, "补正材料", clock)));
    }

    /** A material ticked at the counter (paper handed in), satisfied by a certificate, not applicable, or missing. */
    public IntakeCase mark(String number, String materialKey, MaterialStatus status, Act act) {
        if (status == MaterialStatus.PLEDGED) {
            throw IntakeRefused.rule("intake-pledge-by-decision", "A material is pledged only by accepting on a pledge");
        }
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "mark",
                c -> c.mark(materialKey, status, LocalDate.now(clock),
                        status.inHand() ? Visit.of(act.channel(), act.actor(), c, "补正材料", clock) : null));
    }

    /** Counts a visit at the counter made for the case after intake (picking up the result), once a day at most. */
    public IntakeCase recordVisit(String number, String purpose, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "visit",
                c -> c.visited(Visit.of(act.channel(), act.actor(), c, purpose, clock)));
    }

    /** Ends an accepted case before its decision; casework calls this once it checked no item is decided. */
    public IntakeCase closeAccepted(String number, boolean withdrawn, String reason, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(),
                withdrawn ? "withdraw" : "terminate", c -> c.closeAccepted(withdrawn, reason));
    }

    /**
     * An extension approved under 《行政许可法》第四十二条 moves the case's legal deadline to {@code newLegal}, once;
     * casework calls this when a review is extended.
     */
    public IntakeCase extendLegalDeadline(String number, LocalDate newLegal, int days, String note, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "extendLegalDeadline",
                c -> c.extendLegal(newLegal, days, note));
    }

    /** The case's result reached the applicant: the case is completed (办结). */
    public IntakeCase complete(String number, String how, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "complete",
                c -> c.complete(how));
    }

    public IntakeCase withdraw(String number, String reason, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "withdraw",
                c -> c.withdraw(reason.isBlank() ? "申请人撤回" : reason));
    }
}
