package org.onevisit.platform;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the rows of attempt buckets that are full again and were not used since ({@link AttemptStorage}): a
 * flood of made-up logins or case numbers leaves no lasting rows. Any node may run it at the same time as others.
 */
@Component
class ExpiredAttempts {

    private static final int BATCH = 1_000;
    /** Batches per run at most, so that one run stays short; the next run goes on. */
    private static final int BATCHES = 100;

    private final Attempts attempts;

    ExpiredAttempts(Attempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${onevisit.rate-limits.cleanup-delay:PT5M}")
    void removeExpired() {
        int batches = 0;
        int removed;
        do {
            removed = attempts.removeExpired(BATCH);
            batches++;
        } while (removed == BATCH && batches < BATCHES);
    }
}
