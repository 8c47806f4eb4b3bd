package org.onevisit.supervision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.onevisit.audit.AuditedChange;
import org.onevisit.casework.DelegatedDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two steps of opening a spot check (ADR 0029). First the check is registered with its population, committed.
 * Then its "open" record is appended to the audit trail and chained at once: the hash it is chained onto — the chain's
 * head at that moment, its {@code prevHash} — is the seed; only then is the sample drawn from it and recorded, with a
 * "draw" record. A check left between the steps is drawn by the next attempt, from the seed of its first "open"
 * record, so that whoever draws it draws the same sample.
 */
@Component
class SpotCheckDrawing {

    static final String SUBJECT = "spot-check";

    private final SpotCheckRows rows;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SpotCheckDrawing(SpotCheckRows rows, AuditTrail trail, PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Registers the check, still to be drawn; its id. */
    long register(String requestKey, String department, SpotPeriod period, SpotCheckRate rate, String by,
            List<DelegatedDecision> population) {
        Long id = transactions.execute(tx -> rows.insert(requestKey, department, period, rate, by, clock.instant(),
                population));
        return java.util.Objects.requireNonNull(id);
    }

    /** Records the seed on the audit trail and draws the sample, unless the check was drawn already; the check. */
    SpotCheck draw(long id, String by) {
        SpotCheck check = rows.find(id).orElseThrow();
        if (check.status() != SpotCheck.Status.DRAWING) {
            return check;
        }
        AuditRecord open = trail.history(SUBJECT, String.valueOf(id)).stream().filter(r -> r.action().equals("open"))
                .findFirst().orElseGet(() -> trail.append(new AuditedChange(SUBJECT, String.valueOf(id), "open", by,
                        "DEPARTMENT", Map.of(), opening(check), clock.instant())));
        String seed = open.prevHash();
        List<DecisionKey> sample = SpotSample.draw(seed, check.populationKeys(), check.rate());
        transactions.executeWithoutResult(tx -> {
            if (rows.drawn(id, seed, open.seq(), sample)) {
                trail.record(new AuditedChange(SUBJECT, String.valueOf(id), "draw", by, "DEPARTMENT", Map.of(),
                        Map.of("seed", seed, "seedSeq", String.valueOf(open.seq()), "sampleSize",
                                String.valueOf(sample.size()), "sample",
                                sample.stream().map(DecisionKey::text).collect(Collectors.joining(","))),
                        clock.instant()));
            }
        });
        return rows.find(id).orElseThrow();
    }

    /** What the "open" record says of the check: enough to find its population again and to know it is the same. */
    private static Map<String, String> opening(SpotCheck check) {
        return Map.of("department", check.department(), "period", check.period().text(), "rate",
                check.rate().toPlainString(), "populationSize", String.valueOf(check.population().size()),
                "populationDigest", SpotSample.digest(check.populationKeys()));
    }
}
