package org.onevisit.supervision;

import org.onevisit.platform.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every {@link AuditedChange} a module publishes. A plain synchronous listener on purpose, not an
 * asynchronous {@code @ApplicationModuleListener}: it runs inside the publisher's transaction, so the entry
 * commits or rolls back with the change itself — no change without its entry, no entry without its change.
 * An event listener after commit could lose the entry if the node stopped in between, and would append
 * entries in commit order of another transaction rather than with the change. If the append fails, the
 * change fails with it.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditedChange change) {
        trail.append(change);
    }
}
