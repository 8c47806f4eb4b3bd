package org.onevisit.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.Correction;
import org.onevisit.casework.CorrectionFile;
import org.onevisit.casework.Corrections;
import org.onevisit.casework.HandlingStatus;
import org.onevisit.delivery.ResultDelivered;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.people.Actor;
import org.onevisit.platform.ReadOnly;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant or the clerk adds to a case after it is handed in: files for a material (online or at
 * the counter, {@link UploadPolicy}) — before acceptance, and the materials pledged under 容缺 after it, until casework
 * is told the pledge is kept —, the files answering a department's correction request (补正) after it, a material ticked as handed in on paper or satisfied otherwise (the counter's work,
 * {@link CounterPolicy}), a visit for the result, and withdrawal ({@link WithdrawalPolicy}): intake's own before
 * acceptance, casework's after it once intake checked that the applicant asked for it.
 */
@Service
@Transactional
public class CaseSupplements {

    private final CaseChanges changes;
    private final ShownCases shown;
    private final CaseHandling handling;
    private final Clock clock;
    private final IntakeAccess access;
    private final Corrections corrections;

    CaseSupplements(CaseChanges changes, ShownCases shown, CaseHandling handling, Clock clock, IntakeAccess access,
            Corrections corrections) {
        this.changes = changes;
        this.corrections = corrections;
        this.shown = shown;
        this.handling = handling;
        this.clock = clock;
        this.access = access;
    }

    /**
     * The case, when {@code actor} may hand in files for it now ({@link UploadPolicy}): asked before a file is received
     * and kept, so that a refused upload leaves nothing behind. {@link #supplement} decides again.
     */
    @ReadOnly
    public IntakeCase forHandIn(String number, String actor) {
        Actor who = access.of(actor);
        IntakeCase c = changes.load(number);
        UploadPolicy.check(who, c, changes.accountFor(who, number), access.counter());
        requireOpenForSupplements(c);
        return c;
    }

    /** A stored file handed in for a material of the case. */
    public IntakeCase supplement(String number, String materialKey, String fileId, Act act) {
        LocalDate today = LocalDate.now(clock);
        Actor who = access.of(act.actor());
        String account = changes.accountFor(who, number);
        IntakeCase after = changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "supplement",
                c -> {
                    UploadPolicy.check(who, c, account, access.counter());
                    requireOpenForSupplements(c);
                },
                c -> c.supplement(materialKey, fileId, today, Visit.of(act.channel(), act.actor(), access.counterOf(act.actor(), act.channel()), c, "补正材料", clock)));
        return pledgeKeptWhenComplete(after, act);
    }

    /**
     * The department's correction request (补正), when {@code actor} may answer it now ({@link UploadPolicy}: the
     * applicant online, or the counter) and the review still waits for it: asked before a file is received and kept,
     * so that a refused answer leaves nothing behind. {@link #supplyCorrection} decides again.
     */
    @ReadOnly
    public Correction forCorrection(String number, long correctionId, String actor) {
        Actor who = access.of(actor);
        IntakeCase c = changes.load(number);
        UploadPolicy.check(who, c, changes.accountFor(who, number), access.counter());
        Correction request = corrections.find(number, correctionId);
        if (!request.awaited()) {
            throw new org.onevisit.platform.DomainException(org.onevisit.platform.DomainException.Kind.CONFLICT,
                    "casework-correction-not-awaited", "Correction request " + correctionId + " is not awaited any more",
                    correctionId);
        }
        return request;
    }

    /**
     * The applicant's answer to a correction request, as stored files: the review resumes by itself today (casework's
     * {@link Corrections}); handed in at the counter, it is a visit.
     */
    public Correction supplyCorrection(String number, long correctionId, List<CorrectionFile> files, String note, Act act) {
        forCorrection(number, correctionId, act.actor());
        Correction answered = corrections.supply(number, correctionId, files, note, act.actor(), act.channel().name());
        if (act.channel() == Channel.COUNTER) {
            changes.change(number, null, act.actor(), act.channel().name(), "visit",
                    c -> c.visited(Visit.of(act.channel(), act.actor(), access.counterOf(act.actor(), act.channel()), c, "补正材料", clock)));
        }
        return answered;
    }

    /** A material ticked at the counter (paper handed in), satisfied by a certificate, not applicable, or missing. */
    public IntakeCase mark(String number, String materialKey, MaterialStatus status, Act act) {
        if (status == MaterialStatus.PLEDGED) {
            throw IntakeRefused.rule("intake-pledge-by-decision", "A material is pledged only by accepting on a pledge");
        }
        Actor who = access.of(act.actor());
        IntakeCase after = changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "mark",
                c -> {
                    access.counter().check(who, c.application().departments());
                    requireOpenForSupplements(c);
                },
                c -> c.mark(materialKey, status, LocalDate.now(clock),
                        status.inHand() ? Visit.of(act.channel(), act.actor(), access.counterOf(act.actor(), act.channel()), c, "补正材料", clock) : null));
        return pledgeKeptWhenComplete(after, act);
    }

    /** Counts a visit at the counter made for the case after intake (picking up the result), once a day at most. */
    public IntakeCase recordVisit(String number, String purpose, Act act) {
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "visit",
                c -> c.visited(Visit.of(act.channel(), act.actor(), access.counterOf(act.actor(), act.channel()), c, purpose, clock)));
    }

    /** Picking the result up at the counter is a visit the applicant makes for the case (跑动). */
    @EventListener
    void on(ResultDelivered delivered) {
        if (delivered.countsAsVisit()) {
            recordVisit(delivered.caseNumber(), "领取办理结果", new Act(delivered.by(), Channel.COUNTER, null));
        }
    }

    /**
     * The applicant withdraws an accepted case before any item is decided ({@link WithdrawalPolicy}): intake checks
     * that it is the applicant's own wish, casework closes the case.
     *
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    public IntakeCase withdrawAccepted(String number, String reason, @Nullable String signedRequest, Act act) {
        Actor who = access.of(act.actor());
        IntakeCase c = changes.load(number);
        WithdrawalPolicy.check(who, c, changes.accountFor(who, number), signedRequest, access.counter());
        if (!c.status().accepted()) {
            throw IntakeRefused.wrongState(c.number(), c.status(), "withdraw");
        }
        handling.withdraw(number, WithdrawalPolicy.note(reason, signedRequest, "申请人撤回申请"), act.actor(),
                act.channel().name());
        return shown.shown(c);
    }

    /**
     * The applicant withdraws the case before acceptance ({@link WithdrawalPolicy}).
     *
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    public IntakeCase withdraw(String number, String reason, @Nullable String signedRequest, Act act) {
        Actor who = access.of(act.actor());
        String account = changes.accountFor(who, number);
        return changes.change(number, act.expectedVersion(), act.actor(), act.channel().name(), "withdraw",
                x -> WithdrawalPolicy.check(who, x, account, signedRequest, access.counter()),
                x -> x.withdraw(WithdrawalPolicy.note(reason, signedRequest, "申请人撤回")));
    }

    /** After acceptance only the materials pledged under 容缺 still come in, while casework waits for them. */
    private void requireOpenForSupplements(IntakeCase c) {
        if (!c.acceptsSupplements()) {
            throw IntakeRefused.wrongState(c.number(), c.status(), "supplement");
        }
        if (c.status().accepted()) {
            HandlingStatus now = shown.fileOf(c).status();
            if (now != HandlingStatus.ACCEPTED_ON_PLEDGE) {
                throw IntakeRefused.wrongState(c.number(), CaseStatus.valueOf(now.name()), "supplement");
            }
        }
    }

    /** Once every material pledged is in, casework is told the pledge is kept. */
    private IntakeCase pledgeKeptWhenComplete(IntakeCase after, Act act) {
        if (after.status() == CaseStatus.ACCEPTED_ON_PLEDGE && after.complete()) {
            handling.pledgeKept(after.number().value(), act.actor(), act.channel().name());
            return shown.shown(after);
        }
        return after;
    }
}
