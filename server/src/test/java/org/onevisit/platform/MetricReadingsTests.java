package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A gauge's reading is read once per its maximum age, however many gauges show it and however often they are read. */
class MetricReadingsTests {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final MetricReadings readings = new MetricReadings(registry, Duration.ofSeconds(10));
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void several_gauges_and_scrapes_within_the_age_make_one_read() {
        MetricReadings.Reading<int[]> reading = readings.of(() -> new int[] {reads.incrementAndGet(), 7});
        Gauge a = Gauge.builder("a", reading, r -> r.get()[0]).register(registry);
        Gauge b = Gauge.builder("b", reading, r -> r.get()[1]).register(registry);

        for (int scrape = 0; scrape < 5; scrape++) {
            a.value();
            b.value();
            clock.add(1, TimeUnit.SECONDS);
        }
        assertThat(reads.get()).isEqualTo(1);

        clock.add(5, TimeUnit.SECONDS);
        assertThat(a.value()).isEqualTo(2);
        assertThat(b.value()).isEqualTo(7);
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void a_failed_read_leaves_no_reading_and_the_next_one_reads_again() {
        MetricReadings.Reading<Integer> reading = readings.of(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return 42;
        });

        assertThatThrownBy(reading::get).isInstanceOf(IllegalStateException.class);
        assertThat(reading.get()).isEqualTo(42);
        assertThat(reads.get()).isEqualTo(2);
    }
}
