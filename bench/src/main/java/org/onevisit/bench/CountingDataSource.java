package org.onevisit.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.onevisit.platform.RoundTrips;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps a connection pool and counts, per connection, the statements run and whether each transaction wrote: a
 * commit after a statement that changed rows, or such a statement in auto-commit mode, is one durable transaction;
 * a commit without one is a read-only transaction. Rows written are the update counts the driver returns.
 */
final class CountingDataSource extends DelegatingDataSource {

    /** Traced for a commit sent in the round trip of the statements before it (ADR 0057). */
    static final String COMMIT_CARRIED = "(COMMIT in the round trip above)";

    private final TransactionCounts counts;

    CountingDataSource(DataSource target, TransactionCounts counts) {
        super(target);
        this.counts = counts;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection target) throws SQLException {
        return (Connection) Wrappers.CONNECTION.wrap(new ConnectionCounter(target, counts));
    }

    /**
     * Calls the driver's method. The counting is the harness's own cost, yet it runs in the engine's threads and so
     * counts as the engine's CPU: the access check that reflection repeats on every call is made once per method.
     */
    @SuppressWarnings("deprecation")
    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (!method.isAccessible()) {
            method.setAccessible(true);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * The proxy classes of the JDBC interfaces wrapped, made once: {@link Proxy#newProxyInstance} would look the
     * class up and check access to its constructor for every statement prepared.
     */
    private enum Wrappers {
        CONNECTION(Connection.class), STATEMENT(Statement.class), PREPARED(PreparedStatement.class),
        CALLABLE(CallableStatement.class);

        private final Constructor<?> constructor;

        Wrappers(Class<?> type) {
            try {
                constructor = Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, args) -> null).getClass().getConstructor(InvocationHandler.class);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        Object wrap(InvocationHandler handler) {
            try {
                return constructor.newInstance(handler);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class ConnectionCounter implements InvocationHandler {

        private final Connection target;
        private final TransactionCounts counts;
        private boolean autoCommit;
        private boolean wrote;
        private boolean read;
        private String firstWrite;
        private int statements;

        ConnectionCounter(Connection target, TransactionCounts counts) throws SQLException {
            this.target = target;
            this.counts = counts;
            this.autoCommit = target.getAutoCommit();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "setAutoCommit" -> {
                    endTransaction(true);
                    autoCommit = (Boolean) args[0];
                }
                case "commit" -> endTransaction(true);
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        endTransaction(false);
                    }
                }
                case "close" -> endTransaction(false);
                default -> {
                }
            }
            long start = System.nanoTime();
            Object result = CountingDataSource.invoke(target, method, args);
            if (name.equals("commit")) {
                counts.commitNanos.addAndGet(System.nanoTime() - start);
            }
            if (result instanceof Statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                Wrappers type = result instanceof CallableStatement ? Wrappers.CALLABLE
                        : result instanceof PreparedStatement ? Wrappers.PREPARED : Wrappers.STATEMENT;
                return type.wrap(new StatementCounter((Statement) result, sql, this));
            }
            return result;
        }

        void timed(boolean locking, long nanos) {
            counts.statementNanos.addAndGet(nanos);
            if (locking) {
                counts.lockingNanos.addAndGet(nanos);
            }
        }

        void executed(String sql, boolean write, long rows, boolean batch) {
            if (counts.tracing()) {
                counts.traced((batch ? "BATCH " : "") + (sql == null ? "?" : sql.replaceAll("\\s+", " ")) + " -- rows " + rows);
            }
            counts.statements.incrementAndGet();
            counts.roundTrips.incrementAndGet();
            if (rows > 0) {
                counts.rowsWritten.addAndGet(rows);
            }
            statements++;
            if (write && firstWrite == null) {
                firstWrite = sql;
            }
            if (write) {
                wrote = true;
            } else {
                read = true;
            }
            if (autoCommit) {
                endTransaction(true);
            } else if (sql != null && sql.endsWith(";\n" + RoundTrips.COMMIT)) {
                // the commit went in the same round trip (ADR 0057): the driver's commit() after it sends nothing
                endTransaction(true, false);
            }
        }

        private void endTransaction(boolean committed) {
            endTransaction(committed, true);
        }

        private void endTransaction(boolean committed, boolean ownRoundTrip) {
            if (!autoCommit && statements > 0) {
                if (counts.tracing()) {
                    counts.traced(committed ? (ownRoundTrip ? "COMMIT" : COMMIT_CARRIED) : "ROLLBACK");
                }
                if (ownRoundTrip) {
                    counts.roundTrips.incrementAndGet();
                }
            }
            if (committed && wrote) {
                counts.writeTransactions.incrementAndGet();
            } else if (committed && read) {
                counts.readTransactions.incrementAndGet();
            }
            if (committed && (wrote || read)) {
                counts.booked(wrote, firstWrite, statements);
            }
            wrote = false;
            read = false;
            firstWrite = null;
            statements = 0;
        }
    }

    private static final class StatementCounter implements InvocationHandler {

        private static final String FOR_UPDATE = "for update";
        private static final String[] WRITE_VERBS = {"insert", "update", "delete", "merge"};
        /**
         * Whether each statement text seen takes row locks. An application sends the same few texts over and over, so
         * each is searched once: searching every execution cost about a twentieth of the engine's measured CPU.
         */
        private static final Map<String, Boolean> LOCKING = new ConcurrentHashMap<>();

        private final Statement target;
        private final String preparedSql;
        private final boolean preparedLocks;
        private final ConnectionCounter connection;

        StatementCounter(Statement target, String preparedSql, ConnectionCounter connection) {
            this.target = target;
            this.preparedSql = preparedSql;
            this.preparedLocks = locks(preparedSql);
            this.connection = connection;
        }

        /** Whether the statement takes row locks: FOR UPDATE in any case. */
        private static boolean locks(String sql) {
            return sql != null && LOCKING.computeIfAbsent(sql, StatementCounter::searchLocks);
        }

        private static boolean searchLocks(String sql) {
            for (int i = sql.length() - FOR_UPDATE.length(); i >= 0; i--) {
                if (sql.regionMatches(true, i, FOR_UPDATE, 0, FOR_UPDATE.length())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            long start = System.nanoTime();
            Object result = CountingDataSource.invoke(target, method, args);
            String name = method.getName();
            if (!name.startsWith("execute")) {
                return result;
            }
            boolean given = args != null && args.length > 0 && args[0] instanceof String;
            String sql = given ? (String) args[0] : preparedSql;
            connection.timed(given ? locks(sql) : preparedLocks, System.nanoTime() - start);
            long rows = rowsOf(result);
            // a statement that changed no row writes nothing durable; a batch may not say how many it changed
            boolean write = rows > 0 || name.equals("executeBatch") && sql != null && isWrite(sql);
            connection.executed(sql, write, rows, name.equals("executeBatch") || name.equals("executeLargeBatch"));
            return result;
        }

        private long rowsOf(Object result) throws SQLException {
            if (result instanceof Number n) {
                return Math.max(0, n.longValue());
            }
            if (result instanceof int[] batch) {
                return sum(batch);
            }
            if (result instanceof long[] batch) {
                return sum(batch);
            }
            if (result instanceof Boolean isQuery && !isQuery) {
                return Math.max(0, target.getUpdateCount());
            }
            return 0;
        }

        private static boolean isWrite(String sql) {
            String s = sql.stripLeading();
            for (String verb : WRITE_VERBS) {
                if (s.regionMatches(true, 0, verb, 0, verb.length())) {
                    return true;
                }
            }
            return false;
        }

        private static long sum(int[] counts) {
            long total = 0;
            for (int c : counts) {
                total += Math.max(0, c);
            }
            return total;
        }

        private static long sum(long[] counts) {
            long total = 0;
            for (long c : counts) {
                total += Math.max(0, c);
            }
            return total;
        }
    }
}
