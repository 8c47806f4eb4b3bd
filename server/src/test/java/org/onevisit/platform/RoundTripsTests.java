package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.platform.RoundTrips.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements sent together, and changes sent with their transaction's commit (ADR 0047, 0057), on the database the
 * tests run on (PostgreSQL sends them in one round trip, H2 one by one): what each gives, and that a transaction
 * commits or rolls back its carried changes with everything else it did. A day counter of case numbers serves as the
 * table, on days long past that no case and no other test numbers anything on.
 */
@SpringBootTest
class RoundTripsTests {

    private static final LocalDate FIRST = LocalDate.of(1902, 1, 1);
    private static final LocalDate SECOND = LocalDate.of(1902, 1, 2);
    private static final String INSERT = "INSERT INTO intake_case_sequence (for_day, last_value) VALUES (?, ?)";

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheDays() {
        jdbc.sql("DELETE FROM intake_case_sequence WHERE for_day IN (?, ?)").params(FIRST, SECOND).update();
    }

    private List<Long> counted() {
        return jdbc.sql("SELECT last_value FROM intake_case_sequence WHERE for_day IN (?, ?) ORDER BY for_day")
                .params(FIRST, SECOND).query(Long.class).list();
    }

    @Test
    void statements_sent_together_run_in_order_and_each_sees_what_the_ones_before_did() {
        RoundTrips.Results results = transactions.execute(tx -> roundTrips.send(List.of(
                Statement.change(INSERT, FIRST, 7L),
                Statement.change("UPDATE intake_case_sequence SET last_value = last_value + 1 WHERE for_day = ?", FIRST),
                Statement.query("SELECT last_value FROM intake_case_sequence WHERE for_day = ? FOR UPDATE",
                        (rs, n) -> rs.getLong(1), FIRST),
                Statement.change("UPDATE intake_case_sequence SET last_value = 0 WHERE for_day = ?", SECOND))));

        assertThat(results.changed(0)).isEqualTo(1);
        assertThat(results.changed(1)).isEqualTo(1);
        assertThat(results.<Long>rows(2)).containsExactly(8L);
        assertThat(results.changed(3)).isZero();
        assertThat(counted()).containsExactly(8L);
    }

    @Test
    void a_change_sent_with_the_commit_is_written_last_and_only_when_the_transaction_commits() {
        List<Long> seenInside = transactions.execute(tx -> {
            roundTrips.withCommit(Statement.change(INSERT, SECOND, 2L));
            jdbc.sql(INSERT).params(FIRST, 1L).update();
            return counted();
        });

        assertThat(seenInside).as("not yet written while the transaction runs").containsExactly(1L);
        assertThat(counted()).containsExactly(1L, 2L);
    }

    @Test
    void a_transaction_rolled_back_writes_none_of_its_carried_changes() {
        transactions.executeWithoutResult(tx -> {
            roundTrips.withCommit(Statement.change(INSERT, SECOND, 2L));
            jdbc.sql(INSERT).params(FIRST, 1L).update();
            tx.setRollbackOnly();
        });

        assertThat(counted()).isEmpty();
    }

    @Test
    void a_carried_change_that_fails_fails_the_commit_and_the_transaction_keeps_nothing() {
        jdbc.sql(INSERT).params(SECOND, 5L).update();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql(INSERT).params(FIRST, 1L).update();
            roundTrips.withCommit(Statement.change(INSERT, SECOND, 2L));
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(counted()).as("the first day's row went with the failed commit").containsExactly(5L);
        // the connection goes back to the pool fit for the next transaction
        transactions.executeWithoutResult(tx -> roundTrips.withCommit(Statement.change(INSERT, FIRST, 9L)));
        assertThat(counted()).containsExactly(9L, 5L);
    }

    @Test
    void a_change_asked_for_after_the_commit_is_sent_at_once_and_kept() {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql(INSERT).params(FIRST, 1L).update();
            roundTrips.withCommit(Statement.change("UPDATE intake_case_sequence SET last_value = 3 WHERE for_day = ?",
                    FIRST));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    roundTrips.withCommit(Statement.change(INSERT, SECOND, 2L));
                }
            });
        });

        assertThat(counted()).containsExactly(3L, 2L);
    }

    @Test
    void outside_a_transaction_a_change_is_sent_at_once() {
        roundTrips.withCommit(Statement.change(INSERT, FIRST, 4L));

        assertThat(counted()).containsExactly(4L);
    }

    @Test
    void a_transaction_inside_another_commits_its_own_carried_changes_with_its_own_commit() {
        TransactionTemplate own = new TransactionTemplate(transactions.getTransactionManager());
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            roundTrips.withCommit(Statement.change(INSERT, FIRST, 1L));
            own.executeWithoutResult(inner -> roundTrips.withCommit(Statement.change(INSERT, SECOND, 2L)));
            assertThat(counted()).containsExactly(2L);
            throw new IllegalStateException("the outer transaction fails");
        })).hasMessage("the outer transaction fails");

        assertThat(counted()).containsExactly(2L);
    }
}
