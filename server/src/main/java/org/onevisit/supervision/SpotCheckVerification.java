package org.onevisit.supervision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A spot check's sample drawn again by anyone (ADR 0029), compared with the check as recorded.
 *
 * @param seed the check's seed: the audit chain's head before its "open" record
 * @param openSeq the seq of the check's "open" record on the audit trail, whose {@code prevHash} is the seed
 * @param seedOnTrail whether that record is there, chained onto the seed, intact, and names the same population
 * @param populationMatches whether the department's delegated decisions in the period are still the recorded population
 * @param sampleMatches whether the sample drawn again from the seed is the recorded sample
 * @param matches all three
 */
public record SpotCheckVerification(long id, String department, String period, BigDecimal rate, String seed,
        long openSeq, String algorithm, List<DecisionKey> population, String populationDigest,
        List<DecisionKey> recomputedSample, List<DecisionKey> recordedSample, boolean seedOnTrail,
        boolean populationMatches, boolean sampleMatches, boolean matches) {

    /** How the sample is drawn, as anyone draws it again. */
    public static final String ALGORITHM = "sample = the ceil(rate * n) decisions of the population with the smallest "
            + "lowercase hex SHA-256 of the UTF-8 text seed + \":\" + caseNumber + \":\" + itemCode; seed = prevHash of "
            + "the check's \"open\" audit record (GET /api/v1/audit/records?subject=spot-check&subjectId={id})";

    public SpotCheckVerification {
        population = List.copyOf(population);
        recomputedSample = List.copyOf(recomputedSample);
        recordedSample = List.copyOf(recordedSample);
    }
}
