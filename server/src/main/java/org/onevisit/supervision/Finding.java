package org.onevisit.supervision;

import java.time.Instant;

/** A spot check's finding (检查结论) on one sampled decision: the verdict, why, by whom and when. */
public record Finding(FindingVerdict verdict, String notes, String foundBy, Instant foundAt) {
}
