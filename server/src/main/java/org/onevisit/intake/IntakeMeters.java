package org.onevisit.intake;

import org.onevisit.platform.AfterCommit;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Intake's metrics (ADR 0053): cases created and accepted, by channel and by item or bundle (the catalog's codes, a
 * bounded set), counted once committed; and how long receiving a case takes.
 */
@Component
class IntakeMeters {

    private final MeterRegistry registry;
    private final Timer creating;

    IntakeMeters(MeterRegistry registry) {
        this.registry = registry;
        this.creating = Timer.builder("onevisit.intake.create").description("Receiving a new case, from every channel")
                .publishPercentileHistogram().register(registry);
    }

    void created(IntakeCase c) {
        AfterCommit.count(counter("onevisit.cases.created", "Cases received", c));
    }

    void accepted(IntakeCase c) {
        AfterCommit.count(counter("onevisit.cases.accepted", "Cases accepted (受理), by a clerk, on a pledge or by law", c));
    }

    Timer creating() {
        return creating;
    }

    private Counter counter(String name, String description, IntakeCase c) {
        return Counter.builder(name).description(description).tag("channel", c.application().channel().name())
                .tag("item", c.application().subject()).register(registry);
    }
}
