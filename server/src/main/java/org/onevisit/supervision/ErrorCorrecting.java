package org.onevisit.supervision;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.AuditedChange;
import org.onevisit.casework.DecisionCorrecting;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.onevisit.supervision.ErrorCorrection.Action;
import org.onevisit.supervision.ErrorCorrection.Conditions;
import org.onevisit.supervision.ErrorCorrection.CorrectiveDecision;
import org.onevisit.supervision.ErrorCorrection.Determination;
import org.onevisit.supervision.ErrorCorrection.ExcusalResult;
import org.onevisit.supervision.ErrorCorrection.Hearing;
import org.onevisit.supervision.ErrorCorrection.Proposal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course of a correction (纠错) and of the excusal of its error (容错纠错, REFERENCE §11, ADR 0035). The corrective
 * decision always happens, excused or not: the group or a supervisor amends or revokes the decision through casework
 * (which revokes and reissues its certificates and tells the applicant), with the cause analysed. Separately the
 * official is heard, the group proposes, the leadership determines — the four conditions one by one; an error is
 * excused only when all four are met — and the official may appeal once. Every step is taken at the version the person
 * saw, and is on the audit trail under the correction and the case.
 */
@Service
public class ErrorCorrecting {

    /** At most this many corrections in a list. */
    public static final int LIST_LIMIT = 200;
    /** A text (the cause analysis, a statement, reasons) is at most this long. */
    public static final int MAX_TEXT = 4000;
    /** 容错事项 and 容错情形 are at most this long. */
    public static final int MAX_DETAIL = 2000;

    private final ErrorCorrections corrections;
    private final SupervisionGroups groups;
    private final DecisionCorrecting decisions;
    private final AuditTrail trail;
    private final Clock clock;

    ErrorCorrecting(ErrorCorrections corrections, SupervisionGroups groups, DecisionCorrecting decisions,
            AuditTrail trail, Clock clock) {
        this.corrections = corrections;
        this.groups = groups;
        this.decisions = decisions;
        this.trail = trail;
        this.clock = clock;
    }

    /** What the person may do in a correction now, for the pages, by the rules the actions refuse with. */
    public record Choices(boolean correct, boolean hear, boolean propose, boolean determine, boolean appeal,
            boolean decideAppeal) {
    }

    /** A correction, for those who may read it: its group, the supervisors, the department's head, the official. */
    @ReadOnly
    public ErrorCorrection find(long id, String username) {
        ErrorCorrection c = load(id);
        Actor who = groups.official(username);
        if (!ErrorCorrectionPolicy.reads(who, c, groups.of(c.department()))) {
            throw ErrorCorrectionPolicy.refused(who, c);
        }
        return c;
    }

    /**
     * The corrections the person may read, newest first: a supervisor's of every department, a group's and a
     * department head's of their departments, an official's of their own decisions; in the department and the state
     * if given.
     */
    @ReadOnly
    public List<ErrorCorrection> list(@Nullable String department, ErrorCorrection.@Nullable State state,
            String username) {
        Actor who = groups.official(username);
        if (who.holds(StaffRole.SUPERVISOR)) {
            return corrections.list(department == null ? null : List.of(department), null, state, LIST_LIMIT);
        }
        Set<String> departments = new LinkedHashSet<>();
        groups.of(who).forEach(g -> departments.add(g.department()));
        if (who.holds(StaffRole.DEPARTMENT_HEAD) && who.department() != null) {
            departments.add(who.department());
        }
        return corrections.list(departments, who.isStaff() ? who.name() : null, state, LIST_LIMIT).stream()
                .filter(c -> department == null || c.department().equals(department)).toList();
    }

    /** The corrections of the official's own decisions, newest first: to be heard and to appeal. */
    @ReadOnly
    public List<ErrorCorrection> ofOfficial(String username) {
        return corrections.list(List.of(), username, null, LIST_LIMIT);
    }

    @ReadOnly
    public Choices choices(ErrorCorrection c, String username) {
        Actor who = groups.official(username);
        boolean supervises = ErrorCorrectionPolicy.supervises(who, c, groups.of(c.department()));
        boolean official = ErrorCorrectionPolicy.isOfficial(who, c);
        boolean determines = ErrorCorrectionPolicy.determines(who, c);
        return new Choices(supervises && c.state() == ErrorCorrection.State.OPENED,
                (supervises || official) && c.hearing() == null,
                supervises && c.hearing() != null && c.proposal() == null,
                determines && c.proposal() != null && c.determination() == null
                        && c.state() == ErrorCorrection.State.CORRECTED,
                official && c.determination() != null && c.appeal() == null,
                determines && c.appeal() != null && !c.appeal().decided());
    }

    /**
     * The corrective decision (纠错): {@code action} on the decision — AMEND to {@code approve} with {@code text}, or
     * REVOKE — with the cause analysed, at the version seen. Casework records it, revokes and reissues the
     * certificates and tells the applicant, in this transaction.
     */
    @Transactional
    public ErrorCorrection correct(long id, Action action, boolean approve, String text, String causeAnalysis,
            long version, String username) {
        ErrorCorrection c = load(id);
        ErrorCorrectionPolicy.checkSupervises(groups.official(username), c, groups.of(c.department()));
        if (c.state() != ErrorCorrection.State.OPENED) {
            throw new DomainException(Kind.CONFLICT, "correction-corrected-already",
                    "Correction " + id + " has its corrective decision already.", id);
        }
        String cause = required(causeAnalysis, "correction-cause-analysis-missing",
                "The cause of the wrong decision is analysed.", MAX_TEXT);
        String decided = text.strip();
        if (decided.length() > MAX_TEXT) {
            throw tooLong(MAX_TEXT);
        }
        // The correction's version first: of two corrective decisions at once, the second changes nothing.
        CorrectiveDecision pending = new CorrectiveDecision(action, action == Action.AMEND && approve,
                action == Action.REVOKE ? "" : decided, cause, null, null, username, clock.instant());
        changed(id, corrections.corrected(id, version, pending));
        DecisionCorrecting.Corrected done = decisions.correct(c.decision().caseNumber(), c.decision().itemCode(),
                DecisionCorrecting.Action.valueOf(action.name()), approve, decided, c.grounds(), username);
        CorrectiveDecision taken = new CorrectiveDecision(action, done.approvedAfter(), done.textAfter(), cause,
                done.revokedCertificate(), done.reissuedCertificate(), username, pending.at());
        corrections.corrected(id, version + 1, taken);
        Map<String, String> after = new HashMap<>(Map.of("state", ErrorCorrection.State.CORRECTED.name(), "action",
                action.name(), "approved", String.valueOf(done.approvedAfter()), "text", done.textAfter(),
                "causeAnalysis", cause));
        if (done.revokedCertificate() != null) {
            after.put("revokedCertificate", done.revokedCertificate());
        }
        if (done.reissuedCertificate() != null) {
            after.put("reissuedCertificate", done.reissuedCertificate());
        }
        record(c, "correct", username, Map.of("state", c.state().name()), after);
        return load(id);
    }

    /**
     * The official heard (陈述): their statement, given by themselves or recorded by the group, before the proposal and
     * the determination; once.
     */
    @Transactional
    public ErrorCorrection hear(long id, String statement, long version, String username) {
        ErrorCorrection c = load(id);
        Actor who = groups.official(username);
        if (!ErrorCorrectionPolicy.isOfficial(who, c)) {
            ErrorCorrectionPolicy.checkSupervises(who, c, groups.of(c.department()));
        }
        if (c.hearing() != null) {
            throw new DomainException(Kind.CONFLICT, "correction-heard-already",
                    "The official was heard in correction " + id + " already.", id);
        }
        String said = required(statement, "correction-statement-missing", "The official's statement is recorded.",
                MAX_TEXT);
        changed(id, corrections.heard(id, version, new Hearing(said, username, clock.instant())));
        record(c, "hear", username, Map.of(), Map.of("statement", said, "official", c.decidedBy()));
        return load(id);
    }

    /** The group proposes whether to excuse the error (容错建议), the official heard first; once. */
    @Transactional
    public ErrorCorrection propose(long id, boolean excuse, String reasons, long version, String username) {
        ErrorCorrection c = load(id);
        ErrorCorrectionPolicy.checkSupervises(groups.official(username), c, groups.of(c.department()));
        checkHeard(c);
        if (c.proposal() != null) {
            throw new DomainException(Kind.CONFLICT, "correction-proposed-already",
                    "The group proposed in correction " + id + " already.", id);
        }
        String why = required(reasons, "correction-reasons-missing", "The reasons are given.", MAX_TEXT);
        changed(id, corrections.proposed(id, version, new Proposal(excuse, why, username, clock.instant())));
        record(c, "propose", username, Map.of(), Map.of("excuse", String.valueOf(excuse), "reasons", why));
        return load(id);
    }

    /**
     * The leadership determines (容错认定), the correction taken, the official heard and the group's proposal in: the
     * four conditions one by one, the matter, the situation and the result — EXEMPTED or LIGHTER only when every
     * condition is met (knowing violations, acts after an explicit ban and personal gain are never excused).
     */
    @Transactional
    public ErrorCorrection determine(long id, Conditions conditions, String matter, String situation,
            ExcusalResult result, long version, String username) {
        ErrorCorrection c = load(id);
        ErrorCorrectionPolicy.checkDetermines(groups.official(username), c);
        if (c.determination() != null) {
            throw new DomainException(Kind.CONFLICT, "correction-determined-already",
                    "Correction " + id + " was determined already.", id);
        }
        checkHeard(c);
        if (c.state() != ErrorCorrection.State.CORRECTED) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-not-corrected",
                    "The corrective decision is taken before the determination.", id);
        }
        if (c.proposal() == null) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-not-proposed",
                    "The supervision group proposes before the leadership determines.", id);
        }
        checkConditions(conditions, result);
        String what = required(matter, "correction-matter-missing", "The matter (容错事项) is recorded.", MAX_DETAIL);
        String how = required(situation, "correction-situation-missing", "The situation (容错情形) is recorded.",
                MAX_DETAIL);
        changed(id, corrections.determined(id, version,
                new Determination(conditions, what, how, result, username, clock.instant())));
        record(c, "determine", username, Map.of("excused", String.valueOf(c.excused())),
                Map.of("procedureFollowed", String.valueOf(conditions.procedureFollowed()), "noPersonalGain",
                        String.valueOf(conditions.noPersonalGain()), "noCollusion",
                        String.valueOf(conditions.noCollusion()), "correctedOnOwnInitiative",
                        String.valueOf(conditions.correctedOnOwnInitiative()), "matter", what, "situation", how,
                        "result", result.name(), "excused", String.valueOf(result.excuses())));
        return load(id);
    }

    /** The official appeals the determination (申诉), once. */
    @Transactional
    public ErrorCorrection appeal(long id, String grounds, long version, String username) {
        ErrorCorrection c = load(id);
        ErrorCorrectionPolicy.checkOfficial(groups.official(username), c);
        if (c.appeal() != null) {
            throw new DomainException(Kind.CONFLICT, "correction-appealed-already",
                    "The determination of correction " + id + " may be appealed once; it was.", id);
        }
        if (c.determination() == null) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-not-determined",
                    "Only a determination is appealed; correction " + id + " has none yet.", id);
        }
        String why = required(grounds, "correction-grounds-missing", "The grounds of the appeal are given.", MAX_TEXT);
        if (!corrections.appealed(id, version, why, clock.instant())) {
            if (load(id).appeal() != null) {
                throw new DomainException(Kind.CONFLICT, "correction-appealed-already",
                        "The determination of correction " + id + " may be appealed once; it was.", id);
            }
            throw changed(id);
        }
        record(c, "appeal", username, Map.of(), Map.of("grounds", why));
        return load(id);
    }

    /**
     * The appeal decided by the leadership (a supervisor or the department's head): the four conditions found again
     * and the result — the determination's (upheld) or another (changed), by the same rule as the determination. The
     * result stands, and sets whether the error is excused.
     */
    @Transactional
    public ErrorCorrection decideAppeal(long id, Conditions conditions, ExcusalResult result, String reasons,
            long version, String username) {
        ErrorCorrection c = load(id);
        ErrorCorrectionPolicy.checkDetermines(groups.official(username), c);
        if (c.appeal() == null) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-not-appealed",
                    "Correction " + id + " has no appeal to decide.", id);
        }
        if (c.appeal().decided()) {
            throw new DomainException(Kind.CONFLICT, "correction-appeal-decided-already",
                    "The appeal in correction " + id + " was decided already.", id);
        }
        checkConditions(conditions, result);
        String why = required(reasons, "correction-reasons-missing", "The reasons are given.", MAX_TEXT);
        changed(id, corrections.appealDecided(id, version, conditions, result, why, username, clock.instant()));
        ExcusalResult determined = c.determination() == null ? null : c.determination().result();
        record(c, "decide-appeal", username,
                Map.of("result", String.valueOf(determined), "excused", String.valueOf(c.excused())),
                Map.of("result", result.name(), "upheld", String.valueOf(result == determined), "reasons", why,
                        "excused", String.valueOf(result.excuses())));
        return load(id);
    }

    /** Whether the error of the correction was finally excused (容错): for the assessment, which leaves it out then. */
    @ReadOnly
    public boolean excused(long id) {
        return load(id).excused();
    }

    private static void checkHeard(ErrorCorrection c) {
        if (c.hearing() == null) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-not-heard",
                    "The official who took the decision is heard first.", c.id());
        }
    }

    private static void checkConditions(Conditions conditions, ExcusalResult result) {
        if (result.excuses() && !conditions.allMet()) {
            throw new DomainException(Kind.RULE_VIOLATED, "correction-conditions-not-met",
                    "An error is excused only when all four conditions are met; otherwise the result is NOT_EXCUSED.");
        }
    }

    private void record(ErrorCorrection c, String action, String by, Map<String, String> before,
            Map<String, String> after) {
        trail.record(new AuditedChange("error-correction", String.valueOf(c.id()), action, by, "DEPARTMENT", before,
                after, clock.instant()));
        Map<String, String> onCase = new HashMap<>(after);
        onCase.put("correction", String.valueOf(c.id()));
        onCase.put("item", c.decision().itemCode());
        trail.record(new AuditedChange("case", c.decision().caseNumber(), onCase(action), by, "DEPARTMENT",
                before, onCase, clock.instant()));
    }

    /** The action as the case's own trail names it. */
    private static String onCase(String action) {
        return switch (action) {
            case "correct" -> "errorCorrection-correct";
            case "hear" -> "errorCorrection-hear";
            case "propose" -> "errorCorrection-propose";
            case "determine" -> "errorCorrection-determine";
            case "appeal" -> "errorCorrection-appeal";
            case "decide-appeal" -> "errorCorrection-decide-appeal";
            default -> throw new IllegalArgumentException("No case action for " + action);
        };
    }

    private ErrorCorrection load(long id) {
        return corrections.find(id).orElseThrow(() -> notFound(id));
    }

    private static String required(String text, String code, String message, int max) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new DomainException(Kind.INVALID, code, message);
        }
        if (stripped.length() > max) {
            throw tooLong(max);
        }
        return stripped;
    }

    private static DomainException tooLong(int max) {
        return new DomainException(Kind.INVALID, "correction-text-too-long", "A text is at most " + max
                + " characters.", max);
    }

    private static void changed(long id, boolean saved) {
        if (!saved) {
            throw changed(id);
        }
    }

    private static DomainException changed(long id) {
        return new DomainException(Kind.CONFLICT, "correction-changed",
                "Correction " + id + " was changed meanwhile; look at it again.", id);
    }

    static DomainException notFound(long id) {
        return new DomainException(Kind.NOT_FOUND, "correction-not-found", "No correction " + id + ".", id);
    }
}
