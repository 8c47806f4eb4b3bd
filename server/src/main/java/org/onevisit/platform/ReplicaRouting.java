package org.onevisit.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's data source when a read replica is set (ADR 0054): the primary for everything, except a read
 * inside {@link ReplicaReads#read} that runs in no transaction of its own — the scope a {@link ReadOnly} read opens,
 * read-only and without a transaction. A transaction begun there (its connection is taken while no synchronisation is
 * active) and every change take the primary. A replica that fails to give a connection is left alone for
 * {@code onevisit.replica.retry-after}, and the read goes to the primary meanwhile.
 */
final class ReplicaRouting extends DelegatingDataSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouting.class);

    private final DataSource replica;
    private final long retryAfterNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong downUntil = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong served = new AtomicLong();

    ReplicaRouting(DataSource primary, DataSource replica, Duration retryAfter, LongSupplier nanoTime) {
        super(primary);
        this.replica = replica;
        this.retryAfterNanos = retryAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Connection getConnection() throws SQLException {
        ReplicaReads.ReplicaUse use = ReplicaReads.current();
        if (use != null && mayUseReplica()) {
            if (!down()) {
                try {
                    Connection connection = replica.getConnection();
                    use.served = true;
                    served.incrementAndGet();
                    return connection;
                } catch (SQLException e) {
                    downUntil.set(nanoTime.getAsLong() + retryAfterNanos);
                    LOG.warn("The read replica gives no connection ({}); reports read the primary for {} s",
                            e.getSQLState(), Duration.ofNanos(retryAfterNanos).toSeconds());
                }
            }
        }
        return super.getConnection();
    }

    /**
     * A read without a transaction of its own: the read-only scope of {@link ReadOnly} is active, and no transaction.
     * While a transaction begins, its scope is not active yet, so its connection is always the primary's.
     */
    private static boolean mayUseReplica() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** How many connections the replica gave (for the metrics). */
    long served() {
        return served.get();
    }

    /** Whether the replica is left alone now after a failure. */
    boolean down() {
        return downUntil.get() != Long.MIN_VALUE && nanoTime.getAsLong() - downUntil.get() < 0;
    }

    DataSource replica() {
        return replica;
    }

    @Override
    public void close() {
        close(replica);
        close(getTargetDataSource());
    }

    private static void close(@Nullable DataSource dataSource) {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("A data source did not close cleanly", e);
            }
        }
    }
}
