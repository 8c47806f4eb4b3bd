package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseAccepted;
import org.onevisit.certificates.CertificateRevoked;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code onevisit.events.amqp.enabled} off — the default — nothing is sent and nothing is kept for sending: no
 * AMQP bean exists (no connection factory, template or admin, so no connection to a broker is ever attempted), no
 * externaliser listens, and publishing an event of the contract writes no publication to the registry.
 */
@SpringBootTest
class EventsSwitchedOffTests {

    @Autowired
    ApplicationContext app;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void no_amqp_bean_exists_and_no_event_is_kept_for_sending() {
        assertThat(app.getEnvironment().getProperty("onevisit.events.amqp.enabled")).isEqualTo("false");
        assertThat(app.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
                .isEmpty();
        assertThat(app.getBeanNamesForType(org.springframework.amqp.core.AmqpTemplate.class)).isEmpty();
        assertThat(app.getBeanNamesForType(org.springframework.amqp.core.AmqpAdmin.class)).isEmpty();
        assertThat(app.getBeanNamesForType(org.springframework.modulith.events.support.DelegatingEventExternalizer.class))
                .isEmpty();
        assertThat(app.getBeanNamesForType(AmqpRetries.class)).isEmpty();
        assertThat(app.getBeansOfType(EventExternalizationConfiguration.class).keySet())
                .doesNotContain("onevisitEventContract");

        String number = "330999-20261019-" + (90000 + (int) (System.nanoTime() % 9999));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new CaseAccepted(number, "XK-SCJG-001", false,
                    List.of(new CaseAccepted.Item("XK-SCJG-001", 1, "SCJG")), LocalDate.parse("2026-10-19"),
                    Instant.parse("2026-10-19T01:00:00Z"), false, false, LocalDate.parse("2026-10-26"),
                    LocalDate.parse("2026-11-16")));
            events.publishEvent(new CertificateRevoked("SCJG-2026-999999", "食品经营许可证", number, "XK-SCJG-001",
                    "SCJG", Instant.parse("2026-10-19T01:00:00Z")));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + number + "%").query(Long.class).single()).isZero();
    }
}
