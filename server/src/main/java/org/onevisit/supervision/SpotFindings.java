package org.onevisit.supervision;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.SpotCheck.Drawn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a spot check's finding (检查结论) on a sampled decision — 合规, 瑕疵 or 违规, the last two explained — by a member
 * of the department's group or a supervisor, at the version they saw; a finding of violation opens a correction (纠错)
 * of the decision and is final. Every finding is on the audit trail, under the check and under the case.
 */
@Service
public class SpotFindings {

    /** Notes are at most this long. */
    public static final int MAX_NOTES = 2000;

    private final SpotCheckRows rows;
    private final SupervisionGroups groups;
    private final ErrorCorrections corrections;
    private final AuditTrail trail;
    private final Clock clock;

    SpotFindings(SpotCheckRows rows, SupervisionGroups groups, ErrorCorrections corrections, AuditTrail trail,
            Clock clock) {
        this.rows = rows;
        this.groups = groups;
        this.corrections = corrections;
        this.trail = trail;
        this.clock = clock;
    }

    /** Records the finding on the sampled decision, seen at {@code version}; the check as it now stands. */
    @Transactional
    public SpotCheck record(long id, DecisionKey decision, FindingVerdict verdict, String notes, long version,
            String username) {
        SpotCheck check = rows.find(id).orElseThrow(() -> SpotChecks.notFound(id));
        SpotCheckPolicy.checkSupervises(groups.official(username), check.department(), groups.of(check.department()));
        Drawn drawn = check.sample().stream().filter(d -> d.decision().equals(decision)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "spot-check-decision-not-sampled",
                        decision.text() + " is not in the sample of spot check " + id, decision.caseNumber(),
                        decision.itemCode()));
        String text = notes.strip();
        if (verdict.needsNotes() && text.isEmpty()) {
            throw new DomainException(Kind.INVALID, "spot-check-notes-missing",
                    "A flaw or a violation is explained in the notes.");
        }
        if (drawn.finding() != null && drawn.finding().verdict() == FindingVerdict.VIOLATION) {
            throw new DomainException(Kind.CONFLICT, "spot-check-finding-final",
                    "The violation found in " + decision.text() + " opened a correction; the finding stands.",
                    decision.caseNumber(), decision.itemCode());
        }
        Finding finding = new Finding(verdict, text, username, clock.instant());
        if (!rows.found(id, decision, finding, version)) {
            throw new DomainException(Kind.CONFLICT, "spot-check-finding-changed",
                    "The finding on " + decision.text() + " was recorded meanwhile; look at it again.",
                    decision.caseNumber(), decision.itemCode());
        }
        Map<String, String> after = new HashMap<>(Map.of("case", decision.caseNumber(), "item", decision.itemCode(),
                "verdict", verdict.name(), "notes", text));
        if (verdict == FindingVerdict.VIOLATION) {
            long correction = corrections.open(id, check.department(), drawn, text, username, clock.instant());
            after.put("correction", String.valueOf(correction));
            trail.record(new AuditedChange("error-correction", String.valueOf(correction), "open", username,
                    "DEPARTMENT", Map.of(), Map.of("spotCheck", String.valueOf(id), "case", decision.caseNumber(),
                            "item", decision.itemCode(), "state", ErrorCorrection.State.OPENED.name()),
                    clock.instant()));
        }
        Map<String, String> before = drawn.finding() == null ? Map.of()
                : Map.of("verdict", drawn.finding().verdict().name(), "notes", drawn.finding().notes());
        trail.record(new AuditedChange(SpotCheckDrawing.SUBJECT, String.valueOf(id), "find", username, "DEPARTMENT",
                before, after, clock.instant()));
        trail.record(new AuditedChange("case", decision.caseNumber(), "spotCheckFinding", username, "DEPARTMENT",
                before, after, clock.instant()));
        return rows.find(id).orElseThrow();
    }
}
