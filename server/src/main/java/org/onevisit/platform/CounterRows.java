package org.onevisit.platform;

import java.sql.DatabaseMetaData;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters kept one to a row, such as a day's case numbers or a department's certificate numbers in a year. The
 * row is incremented in the caller's transaction, so a number is handed out only if what it numbers commits: the
 * numbers have no gaps and no duplicates, on any number of nodes sharing the database. The row lock is held from
 * the increment to the commit, so callers take their number as the last step before they store what it numbers.
 *
 * <p>A key's first row is created in the caller's transaction too, on the connection it holds: a counter never asks
 * the pool for a second connection while its caller holds one, so many first callers at once cannot starve the pool
 * (each holding a connection and waiting for another). Callers racing for the first row line up on it: on PostgreSQL
 * one statement creates the row or, once another caller's row has committed, increments it; elsewhere the row is
 * inserted behind a savepoint, and an insert that finds the row another caller committed meanwhile is undone to the
 * savepoint alone, not the caller's transaction.
 */
public final class CounterRows {

    private enum Dialect {
        POSTGRESQL, H2, OTHER
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate savepoint;
    private final String table;
    private final String where;
    private final String columns;
    private final String marks;
    private volatile @Nullable Dialect dialect;

    /**
     * @param table the counter table, with a {@code last_value} column and its key columns as primary key
     * @param keyColumns the columns that name one counter, in the order {@link #next} gets their values
     */
    public CounterRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, String table,
            String... keyColumns) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.table = table;
        this.where = String.join(" = ? AND ", keyColumns) + " = ?";
        this.columns = String.join(", ", keyColumns);
        this.marks = "?, ".repeat(keyColumns.length);
    }

    /** The counter's next value, taken in the caller's transaction. */
    public long next(Object... key) {
        Optional<Long> next = increment(key);
        if (next.isEmpty()) {
            next = createRow(key);
        }
        return next.orElseThrow(() -> new IllegalStateException("The counter row of " + table + " could not be created"));
    }

    /** The incremented value in one statement where the database can say it (PostgreSQL, H2), else in two. */
    private Optional<Long> increment(Object[] key) {
        String update = "UPDATE " + table + " SET last_value = last_value + 1 WHERE " + where;
        return switch (dialect()) {
            case POSTGRESQL -> jdbc.sql(update + " RETURNING last_value").params(key).query(Long.class).optional();
            case H2 -> jdbc.sql("SELECT last_value FROM FINAL TABLE (" + update + ")").params(key).query(Long.class)
                    .optional();
            case OTHER -> jdbc.sql(update).params(key).update() == 0 ? Optional.empty()
                    : Optional.of(jdbc.sql("SELECT last_value FROM " + table + " WHERE " + where).params(key)
                            .query(Long.class).single());
        };
    }

    /** Creates the key's row in the caller's transaction and takes its first value, or the next if another won. */
    private Optional<Long> createRow(Object[] key) {
        String insert = "INSERT INTO " + table + " (" + columns + ", last_value) VALUES (" + marks;
        if (dialect() == Dialect.POSTGRESQL) {
            // waits for a racing caller's uncommitted row: increments it once that commits, inserts if it rolls back
            return jdbc.sql(insert + "1) ON CONFLICT (" + columns + ") DO UPDATE SET last_value = " + table
                    + ".last_value + 1 RETURNING last_value").params(key).query(Long.class).optional();
        }
        try {
            savepoint.executeWithoutResult(tx -> jdbc.sql(insert + "0)").params(key).update());
        } catch (DuplicateKeyException createdByAnother) {
            // undone to the savepoint: the caller's transaction goes on, and the row is there
        }
        return increment(key);
    }

    private Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            String product;
            try {
                product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            } catch (MetaDataAccessException unknown) {
                product = "";
            }
            known = switch (product) {
                case "PostgreSQL" -> Dialect.POSTGRESQL;
                case "H2" -> Dialect.H2;
                default -> Dialect.OTHER;
            };
            dialect = known;
        }
        return known;
    }
}
