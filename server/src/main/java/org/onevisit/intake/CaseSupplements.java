package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant or the clerk adds to a case after it is handed in: files for a material (online or at
 * the counter, {@link UploadPolicy}), a material ticked as handed in on paper or satisfied otherwise (the counter's
 * work, {@link CounterPolicy}), and withdrawal ({@link WithdrawalPolicy}). The rest changes a case on another
 * module's word, once that module's own policy allowed what caused it.
 */
@Service
@Transactional
public class CaseSupplements {

    private final CaseChanges changes;
    private final Clock clock;
    private final Actors actors;
    private final CounterPolicy counter;

    CaseSupplements(CaseChanges changes, Clock clock, Actors actors, CounterStaffing staffing) {
        this.changes = changes;
        this.clock = clock;
        this.actors = actors;
        this.counter = new CounterPolicy(staffing);
    }

    /**
     * The case, when {@code actor} may hand in files for it now ({@link UploadPolicy}): asked before a file is received
     * and kept, so that a refused upload leaves nothing behind. {@link #supplement} decides again.
     */
    @ReadOnly
    public IntakeCase forHandIn(String number, String actor) {
        Actor who = actors.of(actor);
        IntakeCase c = changes.load(number);
        UploadPolicy.check(who, c, changes.accountFor(who, number), counter);
        if (!c.acceptsSupplements()) {
            throw IntakeRefused.wrongState(c.number(), c.status(), "supplement");
        }
        return c;
    }

    /** A stored file handed in for a material of the case. */
    public IntakeCase supplement(String number, String materialKey, String fileId, Act act) {
        LocalDate today = LocalDate.now(clock);
        Actor who = actors.of(act.actor());
        String account = changes.accountFor(who, number);
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "supplement",
                c -> UploadPolicy.check(who, c, account, counter),
                c -> c.supplement(materialKey, fileId, today, Visit.of(act.channel(), act.actor(), c, "补正材料", clock)));
    }

    /** A material ticked at the counter (paper handed in), satisfied by a certificate, not applicable, or missing. */
    public IntakeCase mark(String number, String materialKey, MaterialStatus status, Act act) {
        if (status == MaterialStatus.PLEDGED) {
            throw IntakeRefused.rule("intake-pledge-by-decision", "A material is pledged only by accepting on a pledge");
        }
        Actor who = actors.of(act.actor());
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "mark",
                c -> counter.check(who, c.departments()),
                c -> c.mark(materialKey, status, LocalDate.now(clock),
                        status.inHand() ? Visit.of(act.channel(), act.actor(), c, "补正材料", clock) : null));
    }

    /** Counts a visit at the counter made for the case after intake (picking up the result), once a day at most. */
    public IntakeCase recordVisit(String number, String purpose, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "visit",
                c -> c.visited(Visit.of(act.channel(), act.actor(), c, purpose, clock)));
    }

    /**
     * The applicant withdraws an accepted case before its decision ({@link WithdrawalPolicy}); casework calls this
     * and then makes sure no item was decided.
     *
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    public IntakeCase withdrawAccepted(String number, String reason, @Nullable String signedRequest, Act act) {
        Actor who = actors.of(act.actor());
        String account = changes.accountFor(who, number);
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "withdraw",
                c -> WithdrawalPolicy.check(who, c, account, signedRequest, counter),
                c -> c.closeAccepted(true, WithdrawalPolicy.note(reason, signedRequest, "申请人撤回申请")));
    }

    /**
     * Terminates an accepted case before its decision; casework calls this once its termination policy allowed it,
     * and then makes sure no item was decided.
     */
    public IntakeCase terminateAccepted(String number, String reason, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "terminate",
                c -> c.closeAccepted(false, reason));
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

    /**
     * The applicant withdraws the case before acceptance ({@link WithdrawalPolicy}).
     *
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    public IntakeCase withdraw(String number, String reason, @Nullable String signedRequest, Act act) {
        Actor who = actors.of(act.actor());
        String account = changes.accountFor(who, number);
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "withdraw",
                c -> WithdrawalPolicy.check(who, c, account, signedRequest, counter),
                c -> c.withdraw(WithdrawalPolicy.note(reason, signedRequest, "申请人撤回")));
    }
}
