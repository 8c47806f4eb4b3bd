package org.onevisit.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * What the {@link Attempts} say of one attempt: whether it may be made (or was counted), and if not, how long to wait.
 *
 * @param delay zero when the attempt is allowed; the time until it would be, otherwise, or the length of a lock that
 *     began with this attempt
 * @param untouched no attempt of the key is counted at the moment (all its budgets are full)
 */
public record Verdict(Outcome outcome, Duration delay, Instant retryAt, boolean untouched) {

    /** The answer to one attempt. */
    public enum Outcome {
        /** It may be made (a check) or was counted (a spent attempt). */
        ALLOWED,
        /** It was counted, and it was the last the lockout allows: the key is locked from now until {@code retryAt}. */
        LOCK_STARTED,
        /** Refused and not counted: an allowance is used up until {@code retryAt}. */
        DELAYED,
        /** Refused and not counted: the key is locked until {@code retryAt}. */
        LOCKED
    }

    public boolean refused() {
        return outcome == Outcome.DELAYED || outcome == Outcome.LOCKED;
    }

    /** The wait in whole seconds, rounded up, as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        long seconds = delay.getSeconds();
        return delay.getNano() > 0 ? seconds + 1 : seconds;
    }
}
