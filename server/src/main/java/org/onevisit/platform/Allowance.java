package org.onevisit.platform;

import java.time.Duration;

/**
 * A budget of attempts that comes back one attempt at a time: {@code attempts} may be made at once, and one more each
 * {@code regainOneEvery} after that. A key that has used the whole budget waits until one attempt has come back.
 */
public record Allowance(long attempts, Duration regainOneEvery) {

    public Allowance {
        if (attempts < 1 || regainOneEvery.isNegative() || regainOneEvery.isZero()) {
            throw new IllegalArgumentException("An allowance needs at least one attempt and a positive period");
        }
    }
}
