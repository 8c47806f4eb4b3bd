package org.onevisit.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction manager of OneVisit's database: Spring's JDBC one, whose commit carries the changes a transaction
 * handed to {@link RoundTrips#withCommit}: they are sent after every other statement of the transaction, with the
 * commit, in one round trip on PostgreSQL (ADR 0057). It commits after every synchronization's {@code beforeCommit}
 * and {@code beforeCompletion} has run, so nothing is written in the transaction after the carried changes. A
 * transaction that carries none commits as Spring's does.
 */
final class CommitWithWrites extends JdbcTransactionManager {

    private final transient RoundTrips roundTrips;

    CommitWithWrites(DataSource dataSource, RoundTrips roundTrips) {
        super(dataSource);
        this.roundTrips = roundTrips;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        List<RoundTrips.Statement<?>> carried = RoundTrips.CarriedWrites.committing();
        if (!carried.isEmpty()) {
            ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
            if (holder == null) {
                throw new IllegalStateException("A transaction committing without its connection");
            }
            Connection connection = holder.getConnection();
            try {
                // PostgreSQL's driver then knows its transaction ended: the commit below sends nothing more
                roundTrips.sendWithCommit(connection, carried);
            } catch (SQLException e) {
                throw translateException("JDBC commit", e);
            }
        }
        super.doCommit(status);
    }
}
