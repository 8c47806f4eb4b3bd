package org.onevisit.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;

/**
 * Spring Modulith's event publications not yet completed (ADR 0053): how many, and how old the oldest is — a listener
 * that keeps failing shows as a backlog that grows and ages. One query for both, per {@link MetricReadings} reading.
 */
@Component
class EventPublicationMeters {

    private record Incomplete(long count, double oldestSeconds) {
    }

    EventPublicationMeters(MetricReadings readings, JdbcClient jdbc, Clock clock) {
        MetricReadings.Reading<Incomplete> incomplete = readings.of(() -> jdbc
                .sql("SELECT COUNT(*), MIN(publication_date) FROM event_publication WHERE completion_date IS NULL")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Incomplete(rs.getLong(1), oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0));
                }).single());
        Gauge.builder("onevisit.events.incomplete", incomplete, r -> r.get().count())
                .description("Event publications not completed yet (Spring Modulith's registry)")
                .register(readings.registry());
        Gauge.builder("onevisit.events.incomplete.oldest", incomplete, r -> r.get().oldestSeconds())
                .baseUnit("seconds").description("The age of the oldest event publication not completed yet")
                .register(readings.registry());
    }
}
