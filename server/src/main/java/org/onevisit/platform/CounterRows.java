package org.onevisit.platform;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final TransactionTemplate ownTransaction;
    private final String table;
    private final String where;
    private final String columns;
    private final String marks;

    /**
     * @param table the counter table, with a {@code last_value} column
     * @param keyColumns the columns that name one counter, in the order {@link #next} gets their values
     */
    public CounterRows(JdbcClient jdbc, PlatformTransactionManager transactions, String table, String... keyColumns) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.table = table;
        this.where = String.join(" = ? AND ", keyColumns) + " = ?";
        this.columns = String.join(", ", keyColumns);
        this.marks = "?, ".repeat(keyColumns.length);
    }

    /** The counter's next value, taken in the caller's transaction. */
    public long next(Object... key) {
        if (increment(key) == 0) {
            createRow(key);
            if (increment(key) == 0) {
                throw new IllegalStateException("The counter row of " + table + " could not be created");
            }
        }
        return jdbc.sql("SELECT last_value FROM " + table + " WHERE " + where).params(key).query(Long.class).single();
    }

    private int increment(Object[] key) {
        return jdbc.sql("UPDATE " + table + " SET last_value = last_value + 1 WHERE " + where).params(key).update();
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
