package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The metrics follow what the modules did (ADR 0053): a case received and accepted counts once each, by channel and
 * item; every module's gauges are there.
 */
@SpringBootTest
class MetricsStoryTests {

    private static final String ITEM = "XK-SCJG-002";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions counter;

    @Autowired
    MeterRegistry registry;

    private double count(String name) {
        Counter c = registry.find(name).tags("channel", "COUNTER", "item", ITEM).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void a_case_received_and_accepted_counts_once_each_by_channel_and_item() {
        double created = count("onevisit.cases.created");
        double accepted = count("onevisit.cases.accepted");
        Map<String, MaterialStatus> all = intake.materialsOf(ITEM, false).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));

        String number = intake.submit(aCase().of(ITEM).on(Channel.COUNTER).withApplicant(aPerson().named("度量甲")
                .withPhone("13800009876")).withMaterials(all).build(), "clerk").number().value();
        assertThat(count("onevisit.cases.created")).isEqualTo(created + 1);
        assertThat(count("onevisit.cases.accepted")).isEqualTo(accepted);

        counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(count("onevisit.cases.accepted")).isEqualTo(accepted + 1);
        assertThat(registry.get("onevisit.intake.create").timer().count()).isPositive();
    }

    @Test
    void every_module_registers_its_gauges() {
        for (String gauge : new String[] {"onevisit.supervision.reviews.open", "onevisit.supervision.reviews.overdue",
                "onevisit.supervision.opinions.owed", "onevisit.supervision.cases.near-legal-deadline",
                "onevisit.outbox.backlog", "onevisit.outbox.dead", "onevisit.events.incomplete",
                "onevisit.cases.in-progress", "onevisit.hall.waiting.total", "onevisit.ratings.month",
                "onevisit.ratings.month.good-rate"}) {
            assertThat(registry.find(gauge).gauges()).as(gauge).isNotEmpty();
        }
        assertThat(registry.get("onevisit.outbox.backlog").gauge().value()).isNotNegative();
        assertThat(registry.get("onevisit.events.incomplete").gauge().value()).isNotNegative();
    }
}
