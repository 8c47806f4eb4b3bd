package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which connection a read gets with a replica set (ADR 0054), on two in-memory databases standing for the primary and
 * the replica, each knowing its name: a {@link ReadOnly} read inside {@link ReplicaReads#read} the replica's; the same
 * read outside it, a transaction begun inside it and every change the primary's; a replica that fails skipped for its
 * retry time, then tried again.
 */
class ReplicaRoutingTests {

    private final AtomicLong nanos = new AtomicLong();
    private final ReplicaReads replicaReads = new ReplicaReads();
    private DriverManagerDataSource primary;
    private FailingOnDemand replica;
    private ReplicaRouting routing;
    private JdbcClient jdbc;
    private TransactionTemplate readOnly;
    private TransactionTemplate change;

    @BeforeEach
    void two_databases() {
        primary = database("primary");
        replica = new FailingOnDemand(database("replica"));
        routing = new ReplicaRouting(primary, replica, Duration.ofSeconds(30), nanos::get);
        jdbc = JdbcClient.create(routing);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(routing);
        // as @ReadOnly: supports a transaction, read-only, none of its own
        readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        readOnly.setReadOnly(true);
        change = new TransactionTemplate(transactions);
    }

    @AfterEach
    void closed() {
        routing.close();
    }

    private static DriverManagerDataSource database(String name) {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:routing-" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient.create(db).sql("CREATE TABLE whoami (name VARCHAR(10))").update();
        JdbcClient.create(db).sql("INSERT INTO whoami VALUES ('" + name + "')").update();
        return db;
    }

    private String whoAnswers() {
        return jdbc.sql("SELECT name FROM whoami").query(String.class).single();
    }

    @Test
    void a_report_read_goes_to_the_replica() {
        String answered = replicaReads.read(() -> readOnly.execute(s -> whoAnswers()));

        assertThat(answered).isEqualTo("replica");
        assertThat(routing.served()).isEqualTo(1);
    }

    @Test
    void the_same_read_outside_a_report_goes_to_the_primary() {
        assertThat((String) readOnly.execute(s -> whoAnswers())).isEqualTo("primary");
        assertThat(whoAnswers()).isEqualTo("primary");
        assertThat(routing.served()).isZero();
    }

    @Test
    void a_read_in_a_transaction_goes_to_the_primary_even_in_a_report() {
        assertThat((String) replicaReads.read(() -> change.execute(s -> whoAnswers()))).isEqualTo("primary");
    }

    @Test
    void a_change_begun_inside_a_report_goes_to_the_primary() {
        String changedOn = replicaReads.read(() -> readOnly.execute(s -> {
            whoAnswers();
            return change.execute(t -> {
                jdbc.sql("UPDATE whoami SET name = name || '*'").update();
                return whoAnswers();
            });
        }));

        assertThat(changedOn).isEqualTo("primary*");
        assertThat(JdbcClient.create(replica).sql("SELECT name FROM whoami").query(String.class).single())
                .isEqualTo("replica");
    }

    @Test
    void a_replica_that_fails_is_skipped_for_its_retry_time_then_tried_again() {
        replica.failing = true;

        assertThat((String) replicaReads.read(() -> readOnly.execute(s -> whoAnswers()))).isEqualTo("primary");
        assertThat(routing.down()).isTrue();
        replica.failing = false;
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat((String) replicaReads.read(() -> readOnly.execute(s -> whoAnswers()))).isEqualTo("primary");
        assertThat(replica.asked.get()).as("not asked while skipped").isEqualTo(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(routing.down()).isFalse();
        assertThat((String) replicaReads.read(() -> readOnly.execute(s -> whoAnswers()))).isEqualTo("replica");
    }

    /** A data source that refuses its connections while told to, as a replica that is down. */
    private static final class FailingOnDemand implements DataSource {

        private final DataSource target;
        private final AtomicInteger asked = new AtomicInteger();
        private volatile boolean failing;

        FailingOnDemand(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            if (failing) {
                throw new SQLException("Connection refused", "08001");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
