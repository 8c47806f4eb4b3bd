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
 * A key's first row is created in a short transaction of its own, so two first callers racing for it do not
 * abort each other's work.
 */
public final class CounterRows {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;
    private final String table;
    private final String where;
    private final String columns;
    private final String marks;
    private volatile @Nullable String incrementReturning;

    /**
     * @param table the counter table, with a {@code last_value} column
     * @param keyColumns the columns that name one counter, in the order {@link #next} gets their values
     */
    public CounterRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, String table,
            String... keyColumns) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.table = table;
        this.where = String.join(" = ? AND ", keyColumns) + " = ?";
        this.columns = String.join(", ", keyColumns);
        this.marks = "?, ".repeat(keyColumns.length);
    }

    /** The counter's next value, taken in the caller's transaction. */
    public long next(Object... key) {
        Optional<Long> next = increment(key);
        if (next.isEmpty()) {
            createRow(key);
            next = increment(key);
        }
        return next.orElseThrow(() -> new IllegalStateException("The counter row of " + table + " could not be created"));
    }

    /** The incremented value in one statement where the database can say it (PostgreSQL, H2), else in two. */
    private Optional<Long> increment(Object[] key) {
        String update = "UPDATE " + table + " SET last_value = last_value + 1 WHERE " + where;
        String returning = incrementReturning(update);
        if (!returning.isEmpty()) {
            return jdbc.sql(returning).params(key).query(Long.class).optional();
        }
        if (jdbc.sql(update).params(key).update() == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT last_value FROM " + table + " WHERE " + where).params(key).query(Long.class).single());
    }

    private String incrementReturning(String update) {
        String sql = incrementReturning;
        if (sql == null) {
            String product;
            try {
                product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            } catch (MetaDataAccessException unknown) {
                product = "";
            }
            sql = switch (product) {
                case "PostgreSQL" -> update + " RETURNING last_value";
                case "H2" -> "SELECT last_value FROM FINAL TABLE (" + update + ")";
                default -> "";
            };
            incrementReturning = sql;
        }
        return sql;
    }

    private void createRow(Object[] key) {
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql("INSERT INTO " + table + " (" + columns + ", last_value) VALUES ("
                    + marks + "0)").params(key).update());
        } catch (DuplicateKeyException createdByAnother) {
            // the row is there, which is all this needed
        }
    }
}
