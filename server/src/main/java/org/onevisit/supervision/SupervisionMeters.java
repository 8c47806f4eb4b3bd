package org.onevisit.supervision;

import java.util.function.ToIntFunction;

import org.onevisit.casework.DepartmentLights;
import org.onevisit.platform.MetricReadings;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The supervisors' dashboard's key figures as gauges (ADR 0053): the open reviews by light (green, yellow, red: red is
 * overdue), the opinions owed after deemed consent, the undecided cases near or past their legal deadline — the same
 * figures the dashboard shows, read together from {@link Dashboard#current()} (the replica when one is set) once per
 * reading.
 */
@Component
class SupervisionMeters {

    SupervisionMeters(MetricReadings readings, Dashboard dashboard) {
        MetricReadings.Reading<DashboardFigures> figures = readings.of(dashboard::current);
        MeterRegistry registry = readings.registry();
        light(registry, figures, "green", DepartmentLights::green);
        light(registry, figures, "yellow", DepartmentLights::yellow);
        light(registry, figures, "red", DepartmentLights::red);
        Gauge.builder("onevisit.supervision.reviews.overdue", figures, r -> r.get().overdueReviews())
                .description("Reviews past their deadline (红灯) across the centre").register(registry);
        Gauge.builder("onevisit.supervision.opinions.owed", figures, r -> r.get().owedOpinions())
                .description("Opinions owed past their day after deemed consent (超时默认)").register(registry);
        Gauge.builder("onevisit.supervision.cases.near-legal-deadline", figures, r -> r.get().nearLegalDeadline())
                .description("Undecided cases near or past their legal deadline").register(registry);
    }

    private static void light(MeterRegistry registry, MetricReadings.Reading<DashboardFigures> figures, String light,
            ToIntFunction<DepartmentLights> count) {
        Gauge.builder("onevisit.supervision.reviews.open", figures,
                        r -> r.get().departments().stream().mapToInt(count).sum())
                .tag("light", light).description("Open reviews by their light on the supervisors' dashboard")
                .register(registry);
    }
}
