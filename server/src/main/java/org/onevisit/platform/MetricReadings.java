package org.onevisit.platform;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How a module's gauges read figures that cost a query (ADR 0053): through a {@link Reading} taken again at most once
 * per {@code onevisit.monitoring.gauge-cache} (default 10 s), so that a scrape of the metrics, every gauge of a reading
 * together, makes at most one read of it in that time, however many gauges show it and however often Prometheus
 * asks. The age is measured by the meter registry's own clock.
 */
@Component
public class MetricReadings {

    private final MeterRegistry registry;
    private final Duration maxAge;

    public MetricReadings(MeterRegistry registry, @Value("${onevisit.monitoring.gauge-cache:10s}") Duration maxAge) {
        this.registry = registry;
        this.maxAge = maxAge.isNegative() ? Duration.ZERO : maxAge;
    }

    /** A reading of {@code read}, kept for the configured time. */
    public <T> Reading<T> of(Supplier<T> read) {
        return new Reading<>(read, registry.config().clock(), maxAge);
    }

    /** The registry the module registers its meters with. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * One reading of figures, read again once it is older than its maximum age. A read that fails leaves no
     * reading: the gauges show no value (NaN), and the next scrape reads again.
     */
    public static final class Reading<T> {

        private final Supplier<T> read;
        private final io.micrometer.core.instrument.Clock clock;
        private final long maxAgeNanos;
        private T value;
        private long takenAt;

        Reading(Supplier<T> read, io.micrometer.core.instrument.Clock clock, Duration maxAge) {
            this.read = read;
            this.clock = clock;
            this.maxAgeNanos = maxAge.toNanos();
        }

        /** The figures, read now if the last reading is older than the maximum age. */
        public synchronized T get() {
            long now = clock.monotonicTime();
            if (value == null || now - takenAt >= maxAgeNanos) {
                value = null;
                value = read.get();
                takenAt = now;
            }
            return value;
        }
    }
}
