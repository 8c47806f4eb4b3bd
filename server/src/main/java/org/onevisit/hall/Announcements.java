package org.onevisit.hall;

import java.util.Map;

import org.onevisit.platform.AfterCommit;
import org.onevisit.platform.ChangeSignals;
import org.onevisit.platform.RelayedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Announces the hall's changes to the board once they have committed, as plain application events (not kept in the
 * event publication registry: a call missed by a board is shown by the next snapshot, and a call never committed is
 * never shown). On several nodes sharing PostgreSQL each change is also relayed, on commit, to the other nodes
 * ({@link ChangeSignals#relay}), where it is announced the same way: a screen follows every counter's calls whichever
 * node it is connected to (docs/adr/0051).
 */
@Component
class Announcements {

    /** What is relayed, by topic. */
    private static final Map<String, Class<?>> RELAYED = Map.of("hall-call", TicketCalled.class, "hall-queue",
            QueueChanged.class);

    private final ApplicationEventPublisher events;
    private final ChangeSignals signals;
    private final JsonMapper json;

    Announcements(ApplicationEventPublisher events, ChangeSignals signals, JsonMapper json) {
        this.events = events;
        this.signals = signals;
        this.json = json;
    }

    void afterCommit(Object event) {
        relay(event);
        AfterCommit.run(() -> events.publishEvent(event));
    }

    /** In the changing transaction: the other nodes hear of it when, and only if, it commits. */
    private void relay(Object event) {
        for (Map.Entry<String, Class<?>> relayed : RELAYED.entrySet()) {
            if (relayed.getValue().isInstance(event)) {
                signals.relay(relayed.getKey(), json.writeValueAsString(event));
            }
        }
    }

    /** Another node's call or queue change, announced here as if made here. */
    @EventListener
    void on(RelayedChange change) {
        Class<?> type = RELAYED.get(change.topic());
        if (type != null) {
            events.publishEvent(json.readValue(change.payload(), type));
        }
    }
}
