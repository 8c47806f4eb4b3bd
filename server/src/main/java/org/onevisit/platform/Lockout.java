package org.onevisit.platform;

import java.time.Duration;

/**
 * A temporary lock: once {@code after} attempts were counted within {@code duration} of the first, the key is locked
 * for {@code duration} from the last of them, whatever is tried in the meantime; then its count starts again.
 */
public record Lockout(long after, Duration duration) {

    public Lockout {
        if (after < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one attempt and a positive duration");
        }
    }
}
