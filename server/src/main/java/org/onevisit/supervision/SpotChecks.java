package org.onevisit.supervision;

import java.util.List;
import java.util.Optional;

import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.onevisit.people.Actor;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.supervision.SpotCheck.Drawn;
import org.springframework.stereotype.Service;

/**
 * The spot checks (抽查) of delegated decisions as their groups and the supervisors read them, and as anyone verifies
 * them: the sample drawn again from the seed on the audit trail and the population found again (ADR 0029).
 */
@Service
public class SpotChecks {

    /** At most this many checks in a list. */
    public static final int LIST_LIMIT = 200;

    private final SpotCheckRows rows;
    private final SupervisionGroups groups;
    private final ErrorCorrections corrections;
    private final Populations populations;
    private final AuditTrail trail;

    SpotChecks(SpotCheckRows rows, SupervisionGroups groups, ErrorCorrections corrections, Populations populations,
            AuditTrail trail) {
        this.rows = rows;
        this.groups = groups;
        this.corrections = corrections;
        this.populations = populations;
        this.trail = trail;
    }

    /** A check, for its department's group and the supervisors. */
    public SpotCheck find(long id, String username) {
        SpotCheck check = rows.find(id).orElseThrow(() -> notFound(id));
        SpotCheckPolicy.checkSupervises(groups.official(username), check.department(), groups.of(check.department()));
        return check;
    }

    /** The corrections a check's findings opened, for those who may read the check. */
    public List<ErrorCorrection> corrections(long id, String username) {
        find(id, username);
        return corrections.ofCheck(id);
    }

    /** The checks the person may read, newest first: a supervisor's of every department, a group's of its own. */
    public List<SpotCheckSummary> list(String username) {
        Actor who = groups.official(username);
        if (who.holds(StaffRole.SUPERVISOR)) {
            return rows.list(null, LIST_LIMIT);
        }
        return rows.list(groups.of(who).stream().map(SupervisionGroup::department).toList(), LIST_LIMIT);
    }

    /**
     * Draws the check's sample again, as anyone may: from the seed on the audit trail and the population as the
     * decisions now stand, compared with what the check recorded. Not inside a transaction (it reads the trail).
     */
    public SpotCheckVerification verify(long id) {
        SpotCheck check = rows.find(id).orElseThrow(() -> notFound(id));
        String seed = check.seed();
        if (seed == null) {
            throw new DomainException(Kind.CONFLICT, "spot-check-not-drawn",
                    "The sample of spot check " + id + " is still being drawn.", id);
        }
        List<DecisionKey> population = check.populationKeys();
        String digest = SpotSample.digest(population);
        Optional<AuditRecord> open = trail.history(SpotCheckDrawing.SUBJECT, String.valueOf(id)).stream()
                .filter(r -> r.action().equals("open")).findFirst();
        boolean seedOnTrail = open.filter(r -> r.seq() == check.seedSeq() && r.prevHash().equals(seed)
                && digest.equals(r.after().get("populationDigest"))
                && trail.verify(Math.max(1, r.seq() - 1), r.seq()).ok()).isPresent();
        List<DecisionKey> found = populations.of(check.department(), check.period()).stream()
                .map(d -> new DecisionKey(d.caseNumber(), d.itemCode())).sorted().toList();
        List<DecisionKey> recomputed = SpotSample.draw(seed, population, check.rate());
        List<DecisionKey> recorded = check.sample().stream().map(Drawn::decision).toList();
        boolean sampleMatches = recomputed.equals(recorded);
        return new SpotCheckVerification(id, check.department(), check.period().text(), check.rate(), seed,
                check.seedSeq(), SpotCheckVerification.ALGORITHM, population, digest, recomputed, recorded, seedOnTrail,
                found.equals(population), sampleMatches, seedOnTrail && found.equals(population) && sampleMatches);
    }

    static DomainException notFound(long id) {
        return new DomainException(Kind.NOT_FOUND, "spot-check-not-found", "No spot check " + id + ".", id);
    }
}
