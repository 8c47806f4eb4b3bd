package org.onevisit.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onevisit.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a delivery's transition and tells the others in the same transaction: the audit trail of the case
 * (statuses only, never the address or phone), and, once the result reached the applicant, whoever follows that
 * ({@link ResultDelivered}: the case completes, a pickup counts as a visit).
 */
@Component
class DeliveryChanges {

    private final DeliveryRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryChanges(DeliveryRecords records, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** A new delivery of the results of {@code items}, unless the case has one; true when it was created. */
    boolean open(Delivery d, java.util.List<String> items, String actor) {
        if (!records.insertIfAbsent(d, items)) {
            return false;
        }
        events.publishEvent(new AuditedChange("case", d.caseNumber(), "openDelivery", actor, "SYSTEM", Map.of(),
                Map.of("delivery", d.status().name()), clock.instant()));
        return true;
    }

    /** Stores {@code after} over {@code before} as read; a change made meanwhile by someone else is a conflict. */
    Delivery change(Delivery before, Delivery after, String action, String actor, String channel) {
        if (after == before) {
            return before;
        }
        if (!records.update(after)) {
            throw DeliveryRefused.changed(before.caseNumber());
        }
        events.publishEvent(new AuditedChange("case", before.caseNumber(), action, actor, channel, values(before),
                values(after), clock.instant()));
        if (after.status() == DeliveryStatus.PICKED_UP || after.status() == DeliveryStatus.DELIVERED) {
            events.publishEvent(new ResultDelivered(after.caseNumber(), after.method(), after.closedAt(),
                    after.method() == DeliveryMethod.PICKUP, actor));
        }
        return after.stored();
    }

    private static Map<String, String> values(Delivery d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("delivery", d.status().name());
        if (d.method() != null) {
            values.put("deliveryMethod", d.method().name());
        }
        return values;
    }
}
