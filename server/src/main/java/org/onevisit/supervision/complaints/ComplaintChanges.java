package org.onevisit.supervision.complaints;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores each change to a complaint with its entry on the audit trail, in the same transaction: who did what, from
 * which state to which. The complainant's name and phone never go on the trail.
 */
@Component
class ComplaintChanges {

    private final ComplaintStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintChanges(ComplaintStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    Complaint received(Filing filing, Complainant complainant, @org.jspecify.annotations.Nullable String key) {
        Complaint c = store.insert(filing, complainant, key);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("state", c.state().name());
        after.put("channel", filing.channel().name());
        after.put("category", filing.category().name());
        after.put("complainant", complainant.kind().name());
        if (filing.caseNumber() != null) {
            after.put("caseNumber", filing.caseNumber());
        }
        if (filing.referral() != null) {
            after.put("referral", filing.referral());
        }
        publish(c, "receive", filing.recordedBy(), channel(filing.channel()), Map.of(), after);
        return c;
    }

    /** Stores {@code after}, read as {@code before}, done by {@code actor}; the complaint as stored. */
    Complaint changed(Complaint before, Complaint after, String action, String actor) {
        Complaint stored = store.update(after);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("state", after.state().name());
        if (after.department() != null) {
            values.put("department", after.department());
        }
        // the supervisors and departments act on their pages or through the API
        publish(stored, action, actor, "WEB", Map.of("state", before.state().name()), values);
        return stored;
    }

    private void publish(Complaint c, String action, String actor, String channel, Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(new AuditedChange("complaint", c.number(), action, actor, channel, before, after,
                clock.instant()));
    }

    private static String channel(ComplaintChannel channel) {
        return switch (channel) {
            case PORTAL -> "WEB";
            case COUNTER -> "COUNTER";
            case HOTLINE_12345, LETTER -> "SYSTEM";
        };
    }
}
