package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's own path of {@link ChangeSignals}, on an embedded database: an announced topic moves on when the
 * transaction ends, not before, and at once outside a transaction.
 */
class ChangeSignalsTests {

    private static final String CALENDAR = "work-calendar";

    private final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:change-signals", "sa", "");
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
    private final ChangeSignals signals = new ChangeSignals(JdbcClient.create(database), new Generations(true), false, "this-node");

    @Test
    void a_change_announced_in_a_transaction_moves_its_topic_on_when_it_commits_not_before() {
        long before = signals.generation(CALENDAR);

        transaction.executeWithoutResult(tx -> {
            signals.announce(CALENDAR);
            assertThat(signals.unchangedSince(CALENDAR, before)).as("before the commit").isTrue();
        });

        assertThat(signals.unchangedSince(CALENDAR, before)).isFalse();
    }

    @Test
    void a_rolled_back_change_moves_its_topic_on_here_as_a_read_inside_it_saw_what_was_undone() {
        long before = signals.generation(CALENDAR);

        transaction.executeWithoutResult(tx -> {
            signals.announce(CALENDAR);
            tx.setRollbackOnly();
        });

        assertThat(signals.unchangedSince(CALENDAR, before)).isFalse();
    }

    @Test
    void a_change_announced_outside_a_transaction_moves_its_topic_on_at_once() {
        long before = signals.generation(CALENDAR);

        signals.announce(CALENDAR);

        assertThat(signals.unchangedSince(CALENDAR, before)).isFalse();
    }

    @Test
    void a_topic_is_a_short_lower_case_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> signals.announce("Work Calendar"));
        assertThatIllegalArgumentException().isThrownBy(() -> signals.announce("t".repeat(64)));
    }
}
