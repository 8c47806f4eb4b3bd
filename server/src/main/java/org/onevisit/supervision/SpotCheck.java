package org.onevisit.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A spot check (抽查) of the decisions taken under a department's delegations in a period: its population (every such
 * decision), the seed its sample was drawn from (the audit chain's head when it was opened, recorded at seq
 * {@code seedSeq} − 1: the check's own "open" record is at {@code seedSeq}) and the findings on the sample.
 */
public record SpotCheck(long id, String department, SpotPeriod period, BigDecimal rate, Status status,
        @Nullable String seed, long seedSeq, String openedBy, Instant openedAt, List<Drawn> population) {

    /** Where a check stands. */
    public enum Status {
        /** Opened; its seed is being recorded on the audit trail and its sample drawn. */
        DRAWING,
        /** Drawn: findings are being recorded. */
        OPEN,
        /** Every sampled decision has its finding. */
        COMPLETED
    }

    /** One decision of the population: whether it was sampled, and its finding once recorded. */
    public record Drawn(DecisionKey decision, String decidedBy, Instant decidedAt, boolean sampled,
            @Nullable Finding finding, long version) {
    }

    public SpotCheck {
        population = List.copyOf(population);
    }

    /** The population's decisions, in the order of case number, then item code. */
    public List<DecisionKey> populationKeys() {
        return population.stream().map(Drawn::decision).sorted().toList();
    }

    /** The sampled decisions, smallest key first, as {@link SpotSample#draw} draws them. */
    public List<Drawn> sample() {
        if (seed == null) {
            return List.of();
        }
        String s = seed;
        return population.stream().filter(Drawn::sampled)
                .sorted(Comparator.comparing((Drawn d) -> SpotSample.key(s, d.decision())).thenComparing(Drawn::decision,
                        Comparator.naturalOrder()))
                .toList();
    }
}
