package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.DepartmentLights;
import org.onevisit.platform.MetricReadings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The dashboard's gauges (ADR 0053) show the dashboard's own figures: each light, the overdue, the owed, the near. */
@SpringBootTest
class SupervisionMetersTests {

    @Autowired
    Dashboard dashboard;

    @Test
    void the_gauges_show_the_dashboards_figures() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new SupervisionMeters(new MetricReadings(registry, Duration.ZERO), dashboard);

        DashboardFigures now = dashboard.current();

        assertThat(registry.get("onevisit.supervision.reviews.open").tag("light", "green").gauge().value())
                .isEqualTo(now.departments().stream().mapToInt(DepartmentLights::green).sum());
        assertThat(registry.get("onevisit.supervision.reviews.open").tag("light", "yellow").gauge().value())
                .isEqualTo(now.departments().stream().mapToInt(DepartmentLights::yellow).sum());
        assertThat(registry.get("onevisit.supervision.reviews.open").tag("light", "red").gauge().value())
                .isEqualTo(now.departments().stream().mapToInt(DepartmentLights::red).sum());
        assertThat(registry.get("onevisit.supervision.reviews.overdue").gauge().value()).isEqualTo(now.overdueReviews());
        assertThat(registry.get("onevisit.supervision.opinions.owed").gauge().value()).isEqualTo(now.owedOpinions());
        assertThat(registry.get("onevisit.supervision.cases.near-legal-deadline").gauge().value())
                .isEqualTo(now.nearLegalDeadline());
    }
}
