package org.onevisit.notification;

import java.util.EnumMap;
import java.util.Map;

import org.onevisit.platform.MetricReadings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;

/**
 * The message outbox as gauges (ADR 0053, ADR 0045): deliveries waiting to be sent or retried (the backlog) and
 * dead letters waiting for an administrator, from one count per state per reading (the index on the state).
 */
@Component
class NotificationMeters {

    NotificationMeters(MetricReadings readings, JdbcClient jdbc) {
        MetricReadings.Reading<Map<DeliveryState, Long>> states = readings.of(() -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            jdbc.sql("SELECT state, COUNT(*) FROM notification_delivery WHERE state IN ('PENDING', 'DEAD')"
                            + " GROUP BY state")
                    .query((rs, n) -> counts.put(DeliveryState.valueOf(rs.getString(1)), rs.getLong(2))).list();
            return counts;
        });
        Gauge.builder("onevisit.outbox.backlog", states, r -> r.get().getOrDefault(DeliveryState.PENDING, 0L))
                .description("Message deliveries waiting to be sent or retried").register(readings.registry());
        Gauge.builder("onevisit.outbox.dead", states, r -> r.get().getOrDefault(DeliveryState.DEAD, 0L))
                .description("Dead letters: deliveries given up, waiting for an administrator").register(readings.registry());
    }
}
