package org.onevisit.platform;

import java.util.Map;

/**
 * The attempt limits could not be read or counted in time: the database held a bucket's row lock longer than
 * {@link AttemptStorage}'s lock wait (many requests for one login or one address at once), or could not be reached.
 * Nothing is allowed unchecked: the request is answered 503 with {@code Retry-After}, in the caller's language, and
 * may simply be sent again.
 */
public final class AttemptsUnavailable extends DomainException {

    private static final long serialVersionUID = 1L;
    /** Seconds a client is told to wait: the lock is held for a few milliseconds per attempt. */
    public static final long RETRY_AFTER_SECONDS = 1;

    public AttemptsUnavailable(RuntimeException cause) {
        super(Kind.UNAVAILABLE, "attempts-busy", "The attempt limits could not be checked in time",
                Map.of(RETRY_AFTER, RETRY_AFTER_SECONDS), RETRY_AFTER_SECONDS);
        initCause(cause);
    }
}
