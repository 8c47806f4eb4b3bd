package org.onevisit.supervision;

import java.math.BigDecimal;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * The share of a period's delegated decisions a spot check samples: never below half (抽查率不得低于50%), at most all,
 * with at most four decimals.
 */
public record SpotCheckRate(BigDecimal value) {

    /** 抽查率不得低于50%. */
    public static final BigDecimal MINIMUM = new BigDecimal("0.5");

    public SpotCheckRate {
        if (value.compareTo(BigDecimal.ONE) > 0 || value.stripTrailingZeros().scale() > 4 || value.signum() <= 0) {
            throw new DomainException(Kind.INVALID, "spot-check-rate-invalid",
                    "The rate " + value.toPlainString() + " is not a share between 0.5 and 1 with at most four decimals.",
                    value.toPlainString());
        }
        if (value.compareTo(MINIMUM) < 0) {
            throw new DomainException(Kind.RULE_VIOLATED, "spot-check-rate-too-low",
                    "A spot check samples at least half the decisions; " + value.toPlainString() + " is below 0.5.",
                    value.toPlainString());
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }
}
