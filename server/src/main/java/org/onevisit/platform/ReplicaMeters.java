package org.onevisit.platform;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The read replica's figures (ADR 0054), when one is set: the reads it served, and whether it is skipped now. */
@Component
class ReplicaMeters {

    ReplicaMeters(DataSource dataSource, MeterRegistry registry) {
        if (dataSource instanceof ReplicaRouting routing) {
            FunctionCounter.builder("onevisit.replica.reads", routing, ReplicaRouting::served)
                    .description("Connections the read replica gave to reports and dashboards").register(registry);
            Gauge.builder("onevisit.replica.down", routing, r -> r.down() ? 1 : 0)
                    .description("1 while the read replica is skipped after a failure and the primary read instead")
                    .register(registry);
        }
    }
}
