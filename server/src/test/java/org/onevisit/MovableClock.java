package org.onevisit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move from day to day (09:00 in Beijing) to drive timers; every bean of the context reads it. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClock {

    public static final Settable CLOCK = new Settable();

    @Bean
    @Primary
    Clock movableClock() {
        return CLOCK;
    }

    /** The clock itself. */
    public static final class Settable extends Clock {

        private volatile Instant now = Instant.parse("2026-10-19T01:00:00Z");

        public void setDay(String isoDate) {
            now = LocalDate.parse(isoDate).atTime(9, 0).atZone(getZone()).toInstant();
        }

        /** Moves the clock on, e.g. past a wait or a lock. */
        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
