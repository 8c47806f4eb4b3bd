package org.onevisit.hall;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces the hall's changes to the board once they have committed, as plain application events (not kept in the
 * event publication registry: a call missed by a board is shown by the next snapshot, and a call never committed is
 * never shown).
 */
@Component
class Announcements {

    private final ApplicationEventPublisher events;

    Announcements(ApplicationEventPublisher events) {
        this.events = events;
    }

    void afterCommit(Object event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }
}
