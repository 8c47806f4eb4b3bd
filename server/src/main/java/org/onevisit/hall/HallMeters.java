package org.onevisit.hall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.onevisit.platform.MetricReadings;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The hall's queues as gauges (ADR 0053): today's tickets waiting, in all and per counter type (A, B …), from one
 * query per reading. A type's gauge appears once the type has been read with a queue.
 */
@Component
class HallMeters {

    private final MeterRegistry registry;
    private final MetricReadings.Reading<Map<String, Integer>> waiting;

    HallMeters(MetricReadings readings, TicketRows rows, Clock clock) {
        this.registry = readings.registry();
        this.waiting = readings.of(() -> {
            Map<String, Integer> byType = rows.waitingByType(LocalDate.now(clock));
            byType.keySet().forEach(this::type);
            return byType;
        });
        Gauge.builder("onevisit.hall.waiting.total", waiting,
                        r -> r.get().values().stream().mapToInt(Integer::intValue).sum())
                .description("Tickets waiting in the hall today, every counter type").register(registry);
    }

    private void type(String type) {
        Gauge.builder("onevisit.hall.waiting", waiting, r -> r.get().getOrDefault(type, 0)).tag("type", type)
                .description("Tickets waiting in the hall today, by counter type").register(registry);
    }
}
