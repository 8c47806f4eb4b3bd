package org.onevisit.supervision.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.supervision.DecisionKey;
import org.onevisit.supervision.ErrorCorrection;
import org.onevisit.supervision.SpotCheck;
import org.onevisit.supervision.SpotCheck.Drawn;

/**
 * A spot check as the API answers it: the population and the sample (case number and item code each), the seed, and
 * the findings on the sampled decisions with the corrections they opened.
 *
 * @param openSeq the seq of the check's "open" record on the audit trail, whose prevHash is the seed
 */
record SpotCheckView(long id, String department, String period, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal rate, SpotCheck.Status status, @Nullable String seed, long openSeq, String openedBy, Instant openedAt,
        List<DecisionKey> population, List<DecisionKey> sample, List<FindingView> findings,
        List<CorrectionView> corrections) {

    /** A sampled decision with its finding, if found, and the version to record a finding at. */
    record FindingView(String caseNumber, String itemCode, String decidedBy, Instant decidedAt, @Nullable String verdict,
            String notes, @Nullable String foundBy, @Nullable Instant foundAt, long version) {

        static FindingView of(Drawn d) {
            var f = d.finding();
            return new FindingView(d.decision().caseNumber(), d.decision().itemCode(), d.decidedBy(), d.decidedAt(),
                    f == null ? null : f.verdict().name(), f == null ? "" : f.notes(), f == null ? null : f.foundBy(),
                    f == null ? null : f.foundAt(), d.version());
        }
    }

    /** A correction (纠错) a finding of violation opened. */
    record CorrectionView(long id, String caseNumber, String itemCode, String state, String grounds, String openedBy,
            Instant openedAt) {

        static CorrectionView of(ErrorCorrection c) {
            return new CorrectionView(c.id(), c.decision().caseNumber(), c.decision().itemCode(), c.state().name(),
                    c.grounds(), c.openedBy(), c.openedAt());
        }
    }

    static SpotCheckView of(SpotCheck c, List<ErrorCorrection> corrections) {
        List<Drawn> sample = c.sample();
        return new SpotCheckView(c.id(), c.department(), c.period().text(), c.period().from(), c.period().to(), c.rate(),
                c.status(), c.seed(), c.seedSeq(), c.openedBy(), c.openedAt(), c.populationKeys(),
                sample.stream().map(Drawn::decision).toList(), sample.stream().map(FindingView::of).toList(),
                corrections.stream().map(CorrectionView::of).toList());
    }
}
