package org.onevisit.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries a delivery that failed (ADR 0045), {@code onevisit.notification.retry.*}: after the n-th
 * failed attempt it waits {@code firstDelay × multiplier^(n-1)}, at most {@code maxDelay}; after {@code maxAttempts}
 * attempts the delivery is a dead letter. A claimed delivery is not claimed again for {@code claimFor}: longer than
 * a gateway's slowest answer, so that a node that stopped mid-send has its messages sent again by another one.
 */
@ConfigurationProperties("onevisit.notification.retry")
record RetryPolicy(@DefaultValue("1m") Duration firstDelay, @DefaultValue("2") int multiplier,
        @DefaultValue("6h") Duration maxDelay, @DefaultValue("6") int maxAttempts,
        @DefaultValue("5m") Duration claimFor) {

    RetryPolicy {
        if (maxAttempts < 1 || multiplier < 1 || firstDelay.isNegative() || claimFor.isNegative()) {
            throw new IllegalArgumentException("onevisit.notification.retry: at least 1 attempt, multiplier >= 1, "
                    + "delays not negative");
        }
    }

    /** How long to wait after the {@code attempts}-th failed attempt. */
    Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(multiplier);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
