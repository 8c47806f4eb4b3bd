package org.onevisit.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditedChange} a module publishes. A plain synchronous listener on purpose, not an
 * asynchronous {@code @ApplicationModuleListener}: it runs inside the publisher's transaction, so the entry
 * commits or rolls back with the change itself — no change without its entry, no entry without its change. If
 * recording fails, the change fails with it. The entry is chained onto the trail by the chainer's next pass.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuditedChange change) {
        trail.record(change);
    }
}
