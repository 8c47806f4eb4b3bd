package org.onevisit.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.AllowedFrom;
import org.onevisit.platform.Limits;
import org.onevisit.catalog.Necessity;

/**
 * A case (办件) at intake: one submission of one item or one bundle by one applicant, with its single set of
 * materials, every visit it cost the applicant, and the counter's answer. Each transition is a verb the
 * clerks use, checks the state and the rules ({@link Step}), and returns the case as it is afterwards. Intake's part
 * ends at acceptance or refusal: from acceptance casework owns the case, and intake keeps its materials — the pledged
 * ones still come in here — and its visits. Longer than most classes on purpose: every step of intake is a verb of
 * this aggregate, beside the rule it checks, and the one builder that copies the case.
 *
 * @param subject the item or bundle applied for: its code
 * @param bundle whether {@code subject} is a bundle (一件事)
 * @param form the one form (一表申请): each datum asked once for all items
 * @param receivedOn the day the case was received (收件); empty while only pre-checked
 * @param completeOn the day the materials became complete
 * @param deemedAccepted accepted by law because nobody answered within five working days; flagged
 */
public record IntakeCase(CaseNumber number, String idempotencyKey, Channel channel, CaseStatus status, String subject,
        String subjectName, boolean bundle, List<CaseItem> items, Applicant applicant, @Nullable Agent agent,
        Map<String, String> form, List<CaseMaterial> materials, List<Visit> visits, Instant createdAt,
        @Nullable LocalDate receivedOn, @Nullable LocalDate completeOn, @Nullable LocalDate acceptedOn,
        boolean deemedAccepted, @Nullable Deadlines deadlines, List<Deficiency> deficiencies,
        @Nullable LocalDate noticeIssuedOn, @Nullable Pledge pledge, @Nullable Refusal refusal, String preCheckNote,
        String closingNote, long version) {

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
        items = List.copyOf(items);
        form = Map.copyOf(form);
        materials = List.copyOf(materials);
        visits = List.copyOf(visits);
        deficiencies = List.copyOf(deficiencies);
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
        return copy(c -> c.status(shown).closingNote(note).deadlines(current));
    }

    /** The departments whose items the case applies for (each item's own department, not those reviewing jointly). */
    public List<String> departments() {
        return items.stream().map(CaseItem::department).distinct().toList();
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

    public boolean instant() {
        return items.stream().allMatch(CaseItem::instant);
    }

    // --- transitions --------------------------------------------------------------------------------

    /** The applicant hands the pre-checked case in: from now the five working days of art. 32 run. */
    IntakeCase receive(LocalDate today, @Nullable Visit visit) {
        require(Step.RECEIVE);
        return copy(c -> c.status(CaseStatus.RECEIVED).receivedOn(today).visit(visit));
    }

    /** The clerk's remarks on an online pre-check, per material and overall. */
    IntakeCase preCheck(Map<String, String> remarks, String note) {
        require(Step.PRE_CHECK);
        remarks.forEach((key, remark) -> Limits.bounded("remarks", remark, Limits.REMARK));
        Limits.bounded("note", note, Limits.TEXT);
        List<CaseMaterial> remarked = materials.stream()
                .map(m -> remarks.containsKey(m.key()) ? m.with(m.status(), remarks.get(m.key())) : m).toList();
        return copy(c -> c.materials(remarked).preCheckNote(note));
    }

    /** 受理: only when every material acceptance needs is in hand. */
    IntakeCase accept(LocalDate today, Deadlines deadlines, @Nullable Visit visit) {
        require(Step.ACCEPT);
        if (!complete()) {
            throw IntakeRefused.rule("intake-materials-missing", "Materials are missing: " + names(missing()),
                    names(missing()));
        }
        LocalDate complete = completeOn == null ? today : completeOn;
        return copy(c -> c.status(CaseStatus.ACCEPTED).acceptedOn(today).completeOn(complete).deadlines(deadlines)
                .visit(visit));
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
        return copy(c -> c.status(CaseStatus.AWAITING_SUPPLEMENT).deficiencies(lines).noticeIssuedOn(today)
                .materials(marked).visit(visit));
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
        return copy(c -> c.status(CaseStatus.ACCEPTED_ON_PLEDGE).acceptedOn(today).deadlines(deadlines)
                .materials(pledged).pledge(pledge).visit(visit));
    }

    /** 不予受理, with reasons and remedies. */
    IntakeCase refuse(Refusal refusal, @Nullable Visit visit) {
        require(Step.REFUSE);
        return copy(c -> c.status(CaseStatus.REFUSED).refusal(refusal).closingNote(refusal.reason()).visit(visit));
    }

    /**
     * Files handed in for a material, online or at the counter. After a deficiency notice the case is received
     * again once complete (the acceptance date is the day it became complete); under a pledge, once every pledged
     * material is in, casework is told that the pledge is kept.
     */
    IntakeCase supplement(String materialKey, String fileId, LocalDate today, @Nullable Visit visit) {
        require(Step.SUPPLEMENT);
        if (materials.stream().noneMatch(m -> m.key().equals(materialKey))) {
            throw new IntakeRefused(org.onevisit.platform.DomainException.Kind.NOT_FOUND, "intake-material-unknown",
                    "Case " + number + " has no material " + materialKey, number.value(), materialKey);
        }
        List<CaseMaterial> updated = materials.stream()
                .map(m -> m.key().equals(materialKey) ? m.withFile(fileId) : m).toList();
        return completed(copy(c -> c.materials(updated).visit(visit)), today);
    }

    /**
     * After a material arrived: a notified case complete again is received again (the acceptance date is the day
     * it became complete); a pledged case complete again records the day.
     */
    private IntakeCase completed(IntakeCase next, LocalDate today) {
        if (status == CaseStatus.AWAITING_SUPPLEMENT && next.complete()) {
            return next.copy(c -> c.status(CaseStatus.RECEIVED).completeOn(today));
        }
        if (status == CaseStatus.ACCEPTED_ON_PLEDGE && next.complete() && !complete()) {
            return next.copy(c -> c.completeOn(today));
        }
        return next;
    }


    /** Marks a material as satisfied otherwise: by a certificate held, or not applicable; or back to missing. */
    IntakeCase mark(String materialKey, MaterialStatus newStatus, LocalDate today, @Nullable Visit visit) {
        require(Step.SUPPLEMENT);
        if (materials.stream().noneMatch(m -> m.key().equals(materialKey))) {
            throw new IntakeRefused(org.onevisit.platform.DomainException.Kind.NOT_FOUND, "intake-material-unknown",
                    "Case " + number + " has no material " + materialKey, number.value(), materialKey);
        }
        List<CaseMaterial> updated = materials.stream()
                .map(m -> m.key().equals(materialKey) ? m.with(newStatus, "") : m).toList();
        return completed(copy(c -> c.materials(updated).visit(visit)), today);
    }

    /** A visit in person that no intake step recorded, e.g. picking up the result at the counter. */
    IntakeCase visited(@Nullable Visit visit) {
        return visit == null ? this : copy(c -> c.visit(visit));
    }

    IntakeCase withdraw(String reason) {
        Limits.bounded("reason", reason, Limits.TEXT);
        require(Step.WITHDRAW);
        return copy(c -> c.status(CaseStatus.WITHDRAWN).closingNote(reason));
    }

    /** Five working days passed without an answer: accepted from the day of receipt, by law, and flagged. */
    IntakeCase deemAccepted(Deadlines deadlines) {
        require(Step.DEEM_ACCEPTED);
        return copy(c -> c.status(CaseStatus.ACCEPTED).acceptedOn(receivedOn).completeOn(receivedOn)
                .deemedAccepted(true).deadlines(deadlines));
    }

    private static String names(List<CaseMaterial> materials) {
        return String.join("、", materials.stream().map(CaseMaterial::name).toList());
    }

    // --- copying ------------------------------------------------------------------------------------

    /** The case as stored at {@code stored}: the version its row has. */
    IntakeCase withVersion(long stored) {
        return stored == version ? this : copy(c -> c.version(stored));
    }

    /** The case with its parties' personal data as given: sealed for storage, or opened after reading. */
    IntakeCase withParties(Applicant applicant, @Nullable Agent agent, Map<String, String> form) {
        return copy(c -> c.parties(applicant, agent, form));
    }

    private IntakeCase copy(UnaryOperator<Builder> change) {
        return change.apply(new Builder(this)).build();
    }

    /** The mutable scratch copy transitions change before building the next state. */
    static final class Builder {
        private final IntakeCase c;
        private Applicant applicant;
        private @Nullable Agent agent;
        private Map<String, String> form;
        private long version;
        private CaseStatus status;
        private List<CaseMaterial> materials;
        private final List<Visit> visits;
        private @Nullable LocalDate receivedOn;
        private @Nullable LocalDate completeOn;
        private @Nullable LocalDate acceptedOn;
        private boolean deemedAccepted;
        private @Nullable Deadlines deadlines;
        private List<Deficiency> deficiencies;
        private @Nullable LocalDate noticeIssuedOn;
        private @Nullable Pledge pledge;
        private @Nullable Refusal refusal;
        private String preCheckNote;
        private String closingNote;

        Builder(IntakeCase c) {
            this.c = c;
            applicant = c.applicant;
            agent = c.agent;
            form = c.form;
            version = c.version;
            status = c.status;
            materials = c.materials;
            visits = new ArrayList<>(c.visits);
            receivedOn = c.receivedOn;
            completeOn = c.completeOn;
            acceptedOn = c.acceptedOn;
            deemedAccepted = c.deemedAccepted;
            deadlines = c.deadlines;
            deficiencies = c.deficiencies;
            noticeIssuedOn = c.noticeIssuedOn;
            pledge = c.pledge;
            refusal = c.refusal;
            preCheckNote = c.preCheckNote;
            closingNote = c.closingNote;
        }

        Builder parties(Applicant a, @Nullable Agent g, Map<String, String> f) {
            applicant = a;
            agent = g;
            form = f;
            return this;
        }
        Builder version(long v) { version = v; return this; }
        Builder status(CaseStatus s) { status = s; return this; }
        Builder materials(List<CaseMaterial> m) { materials = m; return this; }
        Builder visit(@Nullable Visit v) { if (v != null) { visits.add(v); } return this; }
        Builder receivedOn(@Nullable LocalDate d) { receivedOn = d; return this; }
        Builder completeOn(@Nullable LocalDate d) { completeOn = d; return this; }
        Builder acceptedOn(@Nullable LocalDate d) { acceptedOn = d; return this; }
        Builder deemedAccepted(boolean b) { deemedAccepted = b; return this; }
        Builder deadlines(Deadlines d) { deadlines = d; return this; }
        Builder deficiencies(List<Deficiency> d) { deficiencies = d; return this; }
        Builder noticeIssuedOn(LocalDate d) { noticeIssuedOn = d; return this; }
        Builder pledge(Pledge p) { pledge = p; return this; }
        Builder refusal(Refusal r) { refusal = r; return this; }
        Builder preCheckNote(String n) { preCheckNote = n; return this; }
        Builder closingNote(String n) { closingNote = n; return this; }

        IntakeCase build() {
            return new IntakeCase(c.number, c.idempotencyKey, c.channel, status, c.subject, c.subjectName, c.bundle,
                    c.items, applicant, agent, form, materials, visits, c.createdAt, receivedOn, completeOn,
                    acceptedOn, deemedAccepted, deadlines, deficiencies, noticeIssuedOn, pledge, refusal, preCheckNote,
                    closingNote, version);
        }
    }
}
