package org.onevisit.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.AllowedFrom;
import org.onevisit.platform.Limits;
import org.onevisit.catalog.Necessity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case (办件) at intake: one submission of one item or one bundle by one applicant, with its single set of
 * materials, every visit it cost the applicant, and the counter's answer. Each transition is a verb the
 * clerks use, checks the state and the rules ({@link Step}), and returns the case as it is afterwards, with the status
 * and the parts it is about changed. Intake's part ends at acceptance or refusal: from acceptance casework owns the
 * case, and intake keeps its materials — the pledged ones still come in here — and its visits. Longer than most
 * classes on purpose: every step of intake is a verb of this aggregate, beside the rule it checks.
 * <p>
 * Stored, the case is one flat JSON object, as it was before it was made of parts: each part is unwrapped into it,
 * so bodies written by earlier versions are read as they are (ADR 0018).
 *
 * @param application what is applied for, on which channel, when
 * @param parties the applicant, the agent and the one form: the case's personal data
 * @param dates the days of receipt, completeness, notice and acceptance
 * @param answer the counter's answer and the case's closing note
 */
public record IntakeCase(CaseNumber number, @JsonUnwrapped Application application, CaseStatus status,
        @JsonUnwrapped Parties parties, List<CaseMaterial> materials, List<Visit> visits,
        @JsonUnwrapped CounterDates dates, @JsonUnwrapped CounterAnswer answer, long version) {

    /** The steps of intake, each with the statuses it may be taken from; its name is the action recorded. */
    enum Step {
        RECEIVE("receive", CaseStatus.PRE_CHECK),
        PRE_CHECK("preCheck", CaseStatus.PRE_CHECK),
        ACCEPT("accept", CaseStatus.RECEIVED),
        NOTIFY("notify", CaseStatus.RECEIVED),
        PLEDGE("pledge", CaseStatus.RECEIVED),
        REFUSE("refuse", CaseStatus.RECEIVED, CaseStatus.AWAITING_SUPPLEMENT),
        /** Files for a material: before acceptance, and for the materials pledged under 容缺 after it. */
        SUPPLEMENT("supplement", CaseStatus.PRE_CHECK, CaseStatus.AWAITING_SUPPLEMENT, CaseStatus.ACCEPTED_ON_PLEDGE,
                CaseStatus.RECEIVED),
        /** Withdrawal before acceptance; after it the withdrawal is casework's. */
        WITHDRAW("withdraw", CaseStatus.PRE_CHECK, CaseStatus.RECEIVED, CaseStatus.AWAITING_SUPPLEMENT),
        DEEM_ACCEPTED("deemAccepted", CaseStatus.RECEIVED);

        private final AllowedFrom<CaseStatus> rule;

        Step(String action, CaseStatus first, CaseStatus... more) {
            this.rule = AllowedFrom.of(action, first, more);
        }

        AllowedFrom<CaseStatus> rule() {
            return rule;
        }
    }

    public IntakeCase {
        materials = List.copyOf(materials);
        visits = List.copyOf(visits);
    }

    /** A case just handed in, or asked to be pre-checked: nothing answered yet. */
    static IntakeCase created(CaseNumber number, Application application, CaseStatus status, Parties parties,
            List<CaseMaterial> materials, List<Visit> visits, @Nullable LocalDate receivedOn) {
        return new IntakeCase(number, application, status, parties, materials, visits, CounterDates.created(receivedOn),
                CounterAnswer.NONE, 0);
    }

    private void require(Step step) {
        if (!step.rule().allows(status)) {
            throw IntakeRefused.wrongState(number, status, step.rule().action());
        }
    }

    /**
     * The case as it shows once casework owns it: the status, closing note and deadlines casework keeps (intake's own
     * status ends at acceptance).
     */
    IntakeCase handled(CaseStatus shown, String note, Deadlines current) {
        return next(shown, materials, null, dates, answer.handled(note, current));
    }

    /** The materials still missing among those acceptance needs. */
    public List<CaseMaterial> missing() {
        return materials.stream().filter(CaseMaterial::neededForAcceptance).filter(m -> !m.status().inHand()).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** Whether files may be handed in for the case's materials now. */
    public boolean acceptsSupplements() {
        return Step.SUPPLEMENT.rule().allows(status);
    }

    public int visitCount() {
        return visits.size();
    }

    // --- transitions --------------------------------------------------------------------------------

    /** The applicant hands the pre-checked case in: from now the five working days of art. 32 run. */
    IntakeCase receive(LocalDate today, @Nullable Visit visit) {
        require(Step.RECEIVE);
        return next(CaseStatus.RECEIVED, materials, visit, dates.received(today), answer);
    }

    /**
     * The result of an online pre-check (互联网预审): the clerk's remark on each material found missing or wrong, and an
     * overall note. A remarked material is to be handed in again (missing, the remark its note) and the remarks are
     * the lines of the one-time notice (一次性告知) of the pre-check; with no remark the pre-check is passed and the
     * applicant is invited to hand the case in.
     */
    IntakeCase preCheck(Map<String, String> remarks, String note, LocalDate today) {
        require(Step.PRE_CHECK);
        remarks.forEach((key, remark) -> Limits.bounded("remarks", remark, Limits.REMARK));
        Limits.bounded("note", note, Limits.TEXT);
        remarks.keySet().stream().filter(k -> materials.stream().noneMatch(m -> m.key().equals(k))).findFirst()
                .ifPresent(k -> {
                    throw new IntakeRefused(org.onevisit.platform.DomainException.Kind.NOT_FOUND,
                            "intake-material-unknown", "Case " + number + " has no material " + k, number.value(), k);
                });
        List<CaseMaterial> remarked = materials.stream()
                .map(m -> remarks.containsKey(m.key()) ? m.with(MaterialStatus.MISSING, remarks.get(m.key())) : m)
                .toList();
        List<Deficiency> lines = materials.stream().filter(m -> remarks.containsKey(m.key()))
                .map(m -> new Deficiency(m.key(), m.name(), remarks.get(m.key()))).toList();
        return next(status, remarked, null, lines.isEmpty() ? dates : dates.noticeIssued(today),
                answer.preChecked(note).notified(lines));
    }

    /** Whether the online pre-check was answered and passed: a note sent, and no material remarked. */
    public boolean preCheckPassed() {
        return status == CaseStatus.PRE_CHECK && !answer.preCheckNote().isBlank() && answer.deficiencies().isEmpty();
    }

    /** 受理: only when every material acceptance needs is in hand. */
    IntakeCase accept(LocalDate today, Deadlines deadlines, @Nullable Visit visit) {
        require(Step.ACCEPT);
        if (!complete()) {
            throw IntakeRefused.rule("intake-materials-missing", "Materials are missing: " + names(missing()),
                    names(missing()));
        }
        return next(CaseStatus.ACCEPTED, materials, visit, dates.accepted(today), answer.accepted(deadlines));
    }

    /** 一次性告知: everything missing or wrong, once; at least one line. */
    IntakeCase notifyDeficiencies(List<Deficiency> lines, LocalDate today, @Nullable Visit visit) {
        require(Step.NOTIFY);
        if (lines.isEmpty()) {
            throw IntakeRefused.rule("intake-notice-empty", "A deficiency notice lists at least one material");
        }
        List<CaseMaterial> marked = materials.stream().map(m -> lines.stream()
                .filter(d -> d.materialKey().equals(m.key())).findFirst()
                .map(d -> m.with(MaterialStatus.MISSING, d.problem())).orElse(m)).toList();
        return next(CaseStatus.AWAITING_SUPPLEMENT, marked, visit, dates.noticeIssued(today), answer.notified(lines));
    }

    /** 容缺受理: only materials that may be supplied later are missing, and the applicant pledged to. */
    IntakeCase acceptOnPledge(Pledge pledge, LocalDate today, Deadlines deadlines, @Nullable Visit visit) {
        require(Step.PLEDGE);
        Limits.bounded("pledgeText", pledge.text(), Limits.TEXT);
        List<CaseMaterial> missing = missing();
        if (missing.isEmpty()) {
            throw IntakeRefused.rule("intake-pledge-unneeded", "Nothing is missing: accept the case instead");
        }
        List<CaseMaterial> notDeferrable = missing.stream().filter(m -> m.necessity() != Necessity.DEFERRABLE).toList();
        if (!notDeferrable.isEmpty()) {
            throw IntakeRefused.rule("intake-pledge-not-allowed",
                    "Only materials marked 容缺后补 may be pledged: " + names(notDeferrable), names(notDeferrable));
        }
        List<CaseMaterial> pledged = materials.stream()
                .map(m -> missing.contains(m) ? m.with(MaterialStatus.PLEDGED, "") : m).toList();
        return next(CaseStatus.ACCEPTED_ON_PLEDGE, pledged, visit, dates.acceptedOnPledge(today),
                answer.acceptedOnPledge(pledge, deadlines));
    }

    /** 不予受理, with reasons and remedies. */
    IntakeCase refuse(Refusal refusal, @Nullable Visit visit) {
        require(Step.REFUSE);
        return next(CaseStatus.REFUSED, materials, visit, dates, answer.refused(refusal));
    }

    /**
     * Files handed in for a material, online or at the counter. After a deficiency notice the case is received
     * again once complete (the acceptance date is the day it became complete); under a pledge, once every pledged
     * material is in, casework is told that the pledge is kept.
     */
    IntakeCase supplement(String materialKey, String fileId, LocalDate today, @Nullable Visit visit) {
        require(Step.SUPPLEMENT);
        return completed(withMaterial(materialKey, m -> m.withFile(fileId), visit), today);
    }

    /** Marks a material as satisfied otherwise: by a certificate held, or not applicable; or back to missing. */
    IntakeCase mark(String materialKey, MaterialStatus newStatus, LocalDate today, @Nullable Visit visit) {
        require(Step.SUPPLEMENT);
        return completed(withMaterial(materialKey, m -> m.with(newStatus, ""), visit), today);
    }

    private IntakeCase withMaterial(String materialKey, UnaryOperator<CaseMaterial> change, @Nullable Visit visit) {
        if (materials.stream().noneMatch(m -> m.key().equals(materialKey))) {
            throw new IntakeRefused(org.onevisit.platform.DomainException.Kind.NOT_FOUND, "intake-material-unknown",
                    "Case " + number + " has no material " + materialKey, number.value(), materialKey);
        }
        List<CaseMaterial> updated = materials.stream()
                .map(m -> m.key().equals(materialKey) ? change.apply(m) : m).toList();
        return next(status, updated, visit, dates, answer);
    }

    /**
     * After a material arrived: a notified case complete again is received again (the acceptance date is the day
     * it became complete); a pledged case complete again records the day.
     */
    private IntakeCase completed(IntakeCase after, LocalDate today) {
        if (status == CaseStatus.AWAITING_SUPPLEMENT && after.complete()) {
            return after.next(CaseStatus.RECEIVED, after.materials, null, after.dates.completed(today), after.answer);
        }
        if (status == CaseStatus.ACCEPTED_ON_PLEDGE && after.complete() && !complete()) {
            return after.next(status, after.materials, null, after.dates.completed(today), after.answer);
        }
        return after;
    }

    /** A visit in person that no intake step recorded, e.g. picking up the result at the counter. */
    IntakeCase visited(@Nullable Visit visit) {
        return visit == null ? this : next(status, materials, visit, dates, answer);
    }

    IntakeCase withdraw(String reason) {
        Limits.bounded("reason", reason, Limits.TEXT);
        require(Step.WITHDRAW);
        return next(CaseStatus.WITHDRAWN, materials, null, dates, answer.closed(reason));
    }

    /** Five working days passed without an answer: accepted from the day of receipt, by law, and flagged. */
    IntakeCase deemAccepted(Deadlines deadlines) {
        require(Step.DEEM_ACCEPTED);
        return next(CaseStatus.ACCEPTED, materials, null, dates.acceptedByLaw(), answer.accepted(deadlines));
    }

    private static String names(List<CaseMaterial> materials) {
        return String.join("、", materials.stream().map(CaseMaterial::name).toList());
    }

    // --- copying ------------------------------------------------------------------------------------

    /** The case as stored at {@code stored}: the version its row has. */
    IntakeCase withVersion(long stored) {
        return stored == version ? this
                : new IntakeCase(number, application, status, parties, materials, visits, dates, answer, stored);
    }

    /** The case with its parties' personal data as given: sealed for storage, or opened after reading. */
    IntakeCase withParties(Parties changed) {
        return new IntakeCase(number, application, status, changed, materials, visits, dates, answer, version);
    }

    /** The case after a step: what it names, and the visit it cost, if any. What the case applies for never changes. */
    private IntakeCase next(CaseStatus nextStatus, List<CaseMaterial> nextMaterials, @Nullable Visit visit,
            CounterDates nextDates, CounterAnswer nextAnswer) {
        List<Visit> nextVisits = visits;
        if (visit != null) {
            nextVisits = new ArrayList<>(visits);
            nextVisits.add(visit);
        }
        return new IntakeCase(number, application, nextStatus, parties, nextMaterials, nextVisits, nextDates,
                nextAnswer, version);
    }
}
