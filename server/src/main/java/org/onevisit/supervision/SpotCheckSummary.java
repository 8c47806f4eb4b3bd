package org.onevisit.supervision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A spot check as a list shows it.
 *
 * @param population how many decisions the period held
 * @param sample how many were sampled
 * @param found how many of those have their finding
 */
public record SpotCheckSummary(long id, String department, String period, BigDecimal rate, SpotCheck.Status status,
        String openedBy, Instant openedAt, int population, int sample, int found) {
}
