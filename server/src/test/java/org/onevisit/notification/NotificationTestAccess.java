package org.onevisit.notification;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests outside the module drive the outbox's dispatcher directly, rather than wait for its schedule. */
@TestComponent
public class NotificationTestAccess {

    private final OutboxDispatcher dispatcher;

    NotificationTestAccess(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Dispatches batch after batch until nothing is due: every due delivery tried once. */
    public void dispatchAll() {
        for (int round = 0; round < 1000 && dispatcher.dispatch() > 0; round++) {
            // the next batch
        }
    }
}
