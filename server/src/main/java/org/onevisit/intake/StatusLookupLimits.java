package org.onevisit.intake;

import java.time.Duration;
import java.util.List;

import org.onevisit.platform.Allowance;
import org.onevisit.platform.AttemptPolicy;
import org.onevisit.platform.Lockout;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the public status may be looked up ({@code onevisit.rate-limits.status-lookup}), so that the four phone
 * digits that open a case cannot be guessed:
 * <ul>
 * <li>per client address: {@code perAddress} lookups at once, then as many again over each {@code perAddressPeriod},
 * one at a time;</li>
 * <li>per case number, whoever asks: after {@code caseLockAfter} wrong answers within {@code caseLockFor} of the
 * first, the number is locked for {@code caseLockFor}, and even the right digits are refused until then.</li>
 * </ul>
 */
@ConfigurationProperties("onevisit.rate-limits.status-lookup")
record StatusLookupLimits(int perAddress, Duration perAddressPeriod, int caseLockAfter, Duration caseLockFor) {

    StatusLookupLimits {
        if (perAddress < 1 || caseLockAfter < 1 || !positive(perAddressPeriod) || !positive(caseLockFor)
                || perAddressPeriod.dividedBy(perAddress).isZero()) {
            throw new IllegalArgumentException("onevisit.rate-limits.status-lookup needs per-address and case-lock-after "
                    + "of at least 1, and positive per-address-period (of at least a nanosecond per lookup) and "
                    + "case-lock-for");
        }
    }

    /** Lookups from one client address, right or wrong. */
    AttemptPolicy addressPolicy() {
        return new AttemptPolicy("status-address", List.of(new Allowance(perAddress, perAddressPeriod.dividedBy(perAddress))),
                null);
    }

    /** Wrong answers for one case number. */
    AttemptPolicy casePolicy() {
        return new AttemptPolicy("status-case", List.of(), new Lockout(caseLockAfter, caseLockFor));
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
