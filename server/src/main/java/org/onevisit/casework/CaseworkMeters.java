package org.onevisit.casework;

import java.util.Map;

import org.onevisit.platform.AfterCommit;
import org.onevisit.platform.MetricReadings;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Casework's metrics (ADR 0053), counted once committed: items decided by item and outcome, the steps of accepted
 * cases by step (withdrawn, terminated, pledge kept or broken, legal limit extended, completed), cases completed;
 * how long a decision takes, with what follows it (delivery, certificate); and the cases in progress by status, one
 * count per reading.
 */
@Component
class CaseworkMeters {

    private final MeterRegistry registry;
    private final Timer deciding;

    CaseworkMeters(MetricReadings readings, CaseFiles files) {
        this.registry = readings.registry();
        MetricReadings.Reading<Map<HandlingStatus, Integer>> inProgress = readings.of(files::countInProgress);
        for (HandlingStatus status : new HandlingStatus[] {HandlingStatus.ACCEPTED, HandlingStatus.ACCEPTED_ON_PLEDGE}) {
            Gauge.builder("onevisit.cases.in-progress", inProgress, r -> r.get().getOrDefault(status, 0))
                    .tag("status", status.name()).description("Accepted cases not ended yet, by status")
                    .register(registry);
        }
        this.deciding = Timer.builder("onevisit.casework.decide")
                .description("Deciding an item (审批决定), with the delivery and the certificate that follow")
                .publishPercentileHistogram().register(registry);
    }

    void decided(ItemDecided decided) {
        AfterCommit.count(Counter.builder("onevisit.cases.decided").description("Items decided")
                .tag("item", decided.itemCode()).tag("outcome", decided.approved() ? "approved" : "denied")
                .register(registry));
    }

    void stepped(CaseStep step) {
        AfterCommit.count(Counter.builder("onevisit.casework.steps").description("Steps applied to accepted cases")
                .tag("step", step.name()).register(registry));
        if (step == CaseStep.COMPLETE) {
            AfterCommit.count(Counter.builder("onevisit.cases.completed")
                    .description("Cases completed (办结): the result handed over or delivered").register(registry));
        }
    }

    Timer deciding() {
        return deciding;
    }
}
