package org.onevisit.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * The attempt buckets in the embedded H2 database, in the same table as on PostgreSQL. Bucket4j has no H2 module;
 * this plugs H2's SQL into its generic select-for-update support, which does the rest as it does for PostgreSQL: a
 * bucket's row is locked ({@code SELECT … FOR UPDATE}), read, changed and written back in one short transaction on a
 * connection of its own, and a missing row is first inserted empty in a transaction of its own.
 */
final class H2Buckets extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {

    private static final String SELECT = "SELECT state FROM " + AttemptStorage.TABLE + " WHERE id = ? FOR UPDATE";
    private static final String INSERT = "INSERT INTO " + AttemptStorage.TABLE + " (id) VALUES (?)";
    private static final String UPDATE = "UPDATE " + AttemptStorage.TABLE + " SET state = ?, expires_at = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM " + AttemptStorage.TABLE + " WHERE id = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM " + AttemptStorage.TABLE + " WHERE id IN (SELECT id FROM "
            + AttemptStorage.TABLE + " WHERE expires_at < ? FETCH FIRST ? ROWS ONLY)";
    /** The SQL state of a duplicate key: another transaction inserted the row first. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final @Nullable CustomColumnProvider<String> expiresAt;

    H2Buckets(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
        this.expiresAt = config.getExpirationAfterWriteStrategy()
                .map(strategy -> CustomColumnProvider.<String>createExpiresInColumnProvider("expires_at", strategy))
                .orElse(null);
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** Removes up to {@code batchSize} buckets whose time to live (stored in wall-clock milliseconds) has passed. */
    @Override
    public int removeExpired(int batchSize) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
            delete.setLong(1, System.currentTimeMillis());
            delete.setInt(2, batchSize);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** One bucket operation: one transaction on one connection, released at the end. */
    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                applyTimeout(update, timeoutNanos);
                update.setBytes(1, data);
                if (expiresAt == null) {
                    update.setNull(2, java.sql.Types.BIGINT);
                } else {
                    expiresAt.setCustomField(key, 2, update, newState, currentTimeNanos());
                }
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlStep step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
