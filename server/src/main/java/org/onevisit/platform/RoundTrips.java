package org.onevisit.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Several statements a step needs sent to the database in one round trip where the driver can (PostgreSQL's sends
 * the statements of one prepared text, separated by semicolons, before it waits for their results), and one after
 * the other elsewhere (H2 runs in the JVM, where a round trip costs next to nothing). Each statement is written by
 * the module whose tables it reads or writes, as if it were sent alone; only their journey is shared (ADR 0047).
 * They run in the caller's transaction, in order, each seeing what the ones before it did, as when sent one by
 * one: a {@code FOR UPDATE} first holds its lock for the statements after it.
 */
@Component
public class RoundTrips {

    /** A statement and its parameters; the rows of a query read by {@code rows}, or none for a change. */
    public record Statement<T>(String sql, List<@Nullable Object> params, @Nullable RowMapper<T> rows) {

        public Statement {
            if (sql.indexOf(';') >= 0) {
                throw new IllegalArgumentException("One statement at a time: " + sql);
            }
            params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
        }

        /** A query whose rows {@code rows} reads. */
        public static <T> Statement<T> query(String sql, RowMapper<T> rows, @Nullable Object... params) {
            return new Statement<>(sql, java.util.Arrays.asList(params), rows);
        }

        /** A change (insert, update, delete); its result is the rows it changed. */
        public static Statement<Void> change(String sql, @Nullable Object... params) {
            return new Statement<>(sql, java.util.Arrays.asList(params), null);
        }
    }

    /** What each statement gave, in the order sent: a query's rows, a change's count of rows changed. */
    public record Results(List<Object> each) {

        @SuppressWarnings("unchecked")
        public <T> List<T> rows(int index) {
            return (List<T>) each.get(index);
        }

        public int changed(int index) {
            return (Integer) each.get(index);
        }
    }

    /** The last statement of a round trip that commits its transaction (ADR 0057). */
    public static final String COMMIT = "COMMIT";

    private final JdbcTemplate jdbc;
    private volatile @Nullable Boolean pipelined;

    public RoundTrips(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Sends the statements in one round trip where the database allows it, in the caller's transaction. */
    public Results send(List<Statement<?>> statements) {
        return jdbc.execute((ConnectionCallback<Results>) connection -> pipelined(connection) && statements.size() > 1
                ? together(connection, statements) : oneByOne(connection, statements));
    }

    /**
     * Sends the change with the commit of the caller's transaction: after every other statement of the transaction, in
     * the commit's own round trip where the database allows it ({@link CommitWithWrites}). For a change whose result no
     * one reads and that no one reads back in the same transaction, such as an insert of a record kept for later. A
     * change that fails fails the commit: the transaction rolls back, as when it failed sent alone. Outside a
     * transaction it is sent at once.
     */
    public void withCommit(Statement<Void> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            send(List.of(change));
            return;
        }
        CarriedWrites carried = CarriedWrites.ofThisTransaction();
        if (carried.committed) {
            // asked by code that runs after the commit, in what is left of the transaction: sent now, as before
            send(List.of(change));
        } else {
            carried.statements.add(change);
        }
    }

    /**
     * The changes of one transaction to be sent with its commit, kept as one of its synchronizations, so that a
     * transaction started inside it (and suspending it) keeps its own.
     */
    static final class CarriedWrites implements TransactionSynchronization {

        final List<Statement<?>> statements = new ArrayList<>();
        /** Set as the transaction commits: what comes later cannot travel with the commit. */
        boolean committed;

        static CarriedWrites ofThisTransaction() {
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof CarriedWrites carried) {
                    return carried;
                }
            }
            CarriedWrites carried = new CarriedWrites();
            TransactionSynchronizationManager.registerSynchronization(carried);
            return carried;
        }

        /**
         * The changes the transaction committing now carries, none when it has none or keeps no synchronizations;
         * later ones are sent at once.
         */
        static List<Statement<?>> committing() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return List.of();
            }
            CarriedWrites carried = ofThisTransaction();
            carried.committed = true;
            return carried.statements;
        }
    }

    /**
     * Sends the changes and then the commit on the connection of a transaction: on PostgreSQL in one round trip (the
     * driver sends the statements, {@code COMMIT} last, and waits once; should one fail, the server skips the rest,
     * the commit too, and the transaction is rolled back); elsewhere one after the other, the commit left to the
     * caller. Whether the commit was sent.
     */
    boolean sendWithCommit(Connection connection, List<Statement<?>> changes) throws SQLException {
        if (!pipelined(connection)) {
            oneByOne(connection, changes);
            return false;
        }
        List<Statement<?>> all = new ArrayList<>(changes);
        all.add(Statement.change(COMMIT));
        together(connection, all);
        return true;
    }

    private boolean pipelined(Connection connection) throws SQLException {
        Boolean known = pipelined;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            pipelined = known;
        }
        return known;
    }

    private static Results together(Connection connection, List<Statement<?>> statements) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Statement<?> s : statements) {
            sql.append(sql.isEmpty() ? "" : ";\n").append(s.sql());
        }
        List<Object> each = new ArrayList<>(statements.size());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Statement<?> s : statements) {
                index = bind(ps, index, s.params());
            }
            boolean rows = ps.execute();
            for (Statement<?> s : statements) {
                each.add(s.rows() == null ? ps.getUpdateCount() : read(rows ? ps.getResultSet() : null, s.rows()));
                rows = ps.getMoreResults();
            }
        }
        return new Results(each);
    }

    private static Results oneByOne(Connection connection, List<Statement<?>> statements) throws SQLException {
        List<Object> each = new ArrayList<>(statements.size());
        for (Statement<?> s : statements) {
            try (PreparedStatement ps = connection.prepareStatement(s.sql())) {
                bind(ps, 1, s.params());
                if (s.rows() == null) {
                    each.add(ps.executeUpdate());
                } else {
                    try (ResultSet rs = ps.executeQuery()) {
                        each.add(read(rs, s.rows()));
                    }
                }
            }
        }
        return new Results(each);
    }

    /** Sets {@code params} from parameter {@code index} on; returns the index after them. */
    private static int bind(PreparedStatement ps, int index, List<@Nullable Object> params) throws SQLException {
        int next = index;
        for (Object p : params) {
            StatementCreatorUtils.setParameterValue(ps, next++, SqlTypeValue.TYPE_UNKNOWN, p);
        }
        return next;
    }

    private static <T> List<T> read(@Nullable ResultSet rs, RowMapper<T> mapper) throws SQLException {
        if (rs == null) {
            throw new IllegalStateException("A query sent with others gave no rows");
        }
        List<T> out = new ArrayList<>();
        int n = 0;
        while (rs.next()) {
            out.add(mapper.mapRow(rs, n++));
        }
        return out;
    }
}
