package org.onevisit.casework;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.Limits;

/**
 * An accepted case (办件) as casework owns it from acceptance to its end: its facts, its legal clock, the 容缺 pledge it
 * was accepted on, and where it stands. Each step checks its rule ({@link CaseStep}) and returns the file as it is
 * afterwards; the reviews and decisions of the case are kept beside it, by its number.
 *
 * @param closingNote why the case ended: the withdrawal's or termination's reasons, or how the result was handed over
 */
public record CaseFile(String number, CaseFacts facts, LegalClock clock, @Nullable PledgeTerm pledge,
        HandlingStatus status, String closingNote, long version) {

    /** The file of a case the counter just accepted. */
    static CaseFile open(AcceptedCase a) {
        var p = a.pledge();
        return new CaseFile(a.caseNumber(), new CaseFacts(a.subject(), a.subjectName(), a.bundle(), a.items(), a.holder()),
                new LegalClock(a.acceptedOn(), a.deemedAccepted(), a.promisedBy(), a.legalBy(), a.provisional(), 0, ""),
                p == null ? null : new PledgeTerm(p.materials(), p.supplementBy(), p.remindOn(), false, false),
                p == null ? HandlingStatus.ACCEPTED : HandlingStatus.ACCEPTED_ON_PLEDGE, "", 0);
    }

    /** The item of the case with that code, if the case applies for it. */
    public Optional<FileItem> item(String code) {
        return facts.items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Whether the result is withheld: the case was accepted on a pledge not kept yet. */
    public boolean resultWithheld() {
        return pledge != null && !pledge.kept();
    }

    /** Whether every material is in hand: not accepted on a pledge, or the pledge kept. */
    public boolean materialsComplete() {
        return !resultWithheld();
    }

    // --- steps --------------------------------------------------------------------------------------

    CaseFile withdraw(String note) {
        return closed(CaseStep.WITHDRAW, HandlingStatus.WITHDRAWN, note);
    }

    CaseFile terminate(String reason) {
        if (reason.isBlank()) {
            throw CaseworkRefused.rule("casework-termination-reason-missing", "A termination states its reasons");
        }
        return closed(CaseStep.TERMINATE, HandlingStatus.TERMINATED, reason.strip());
    }

    /** The pledge's deadline passed on {@code today} with materials still owed: the case ends. */
    CaseFile breakPledge(LocalDate today) {
        require(CaseStep.BREAK_PLEDGE);
        if (pledge == null || !pledge.brokenOn(today)) {
            throw CaseworkRefused.rule("casework-pledge-not-broken", "The pledge of case " + number + " is not broken",
                    number);
        }
        return new CaseFile(number, facts, clock, pledge, HandlingStatus.TERMINATED, "容缺承诺逾期未补交，终止办理", version);
    }

    /** Every pledged material is in: the result may go out. Kept already, nothing changes. */
    CaseFile keepPledge() {
        if (pledge != null && pledge.kept()) {
            return this;
        }
        require(CaseStep.KEEP_PLEDGE);
        return new CaseFile(number, facts, clock, pledge.asKept(), HandlingStatus.ACCEPTED, closingNote, version);
    }

    CaseFile remindPledge() {
        require(CaseStep.REMIND_PLEDGE);
        return new CaseFile(number, facts, clock, pledge.asReminded(), status, closingNote, version);
    }

    /** The approved extension moves the legal deadline to {@code newLegal}, once per case. */
    CaseFile extendLegal(LocalDate newLegal, int days, String note) {
        Limits.bounded("note", note, Limits.TEXT);
        require(CaseStep.EXTEND_LEGAL);
        return new CaseFile(number, facts, clock.extendedTo(newLegal, days, note), pledge, status, closingNote, version);
    }

    /** 办结: the result reached the applicant. */
    CaseFile complete(String how) {
        require(CaseStep.COMPLETE);
        return new CaseFile(number, facts, clock, pledge, HandlingStatus.COMPLETED, how, version);
    }

    /** The file as stored after an update: one version further. */
    CaseFile stored() {
        return new CaseFile(number, facts, clock, pledge, status, closingNote, version + 1);
    }

    private CaseFile closed(CaseStep step, HandlingStatus next, String note) {
        Limits.bounded("reason", note, Limits.TEXT);
        require(step);
        return new CaseFile(number, facts, clock, pledge, next, note, version);
    }

    private void require(CaseStep step) {
        if (!step.rule().allows(status)) {
            throw new CaseworkRefused(Kind.CONFLICT, "casework-case-wrong-state",
                    "Case " + number + " is " + status + ": cannot " + step.rule().action(), number,
                    DomainException.label("intake.page.status." + status.name(), status.name()),
                    DomainException.label("intake.action." + step.rule().action(), step.rule().action()));
        }
    }
}
