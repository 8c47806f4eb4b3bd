package org.onevisit.sharing;

import java.time.Duration;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the contract's messages whose publication failed (the broker down, refusing or not confirming) again, every
 * {@code onevisit.events.amqp.retry-every}, once they failed at least {@code onevisit.events.amqp.retry-after} ago.
 * Spring Modulith's registry claims each failed publication for one resubmission at a time, so that any number of
 * nodes may run this; a message sent twice all the same has the same id, by which consumers drop it. A bean of
 * {@link AmqpEvents}, so it exists only while the events are switched on.
 */
class AmqpRetries {

    private final FailedEventPublications failed;
    private final Duration retryAfter;

    AmqpRetries(FailedEventPublications failed, Duration retryAfter) {
        this.failed = failed;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${onevisit.events.amqp.retry-every}")
    void retryFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter)
                .withFilter(p -> EventContract.sends(p.getEvent())));
    }
}
