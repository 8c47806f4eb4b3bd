package org.onevisit.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalDataCipher.Lookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@link PersonalDataAtRest} rewrites with: values encrypted under any registered key come back encrypted under
 * the current one, blind indexes are computed with the configured index key. Tables are walked in key order, a page of
 * {@value #PAGE} rows per transaction, and each row is written back only if it still holds what was read, so a change
 * the application makes meanwhile is never overwritten (it is under the current key already).
 */
public final class Reencryption {

    static final int PAGE = 500;

    /** A column of encrypted values, and the column of their blind index if they have one. */
    public record Column(String encrypted, @Nullable String index, @Nullable Lookup lookup) {

        public static Column of(String encrypted) {
            return new Column(encrypted, null, null);
        }

        public static Column indexed(String encrypted, String index, Lookup lookup) {
            return new Column(encrypted, index, lookup);
        }
    }

    /** A row as read: its key first, then the columns asked for, as text. */
    public record Row(Object key, List<@Nullable String> values) {

        public @Nullable String value(int i) {
            return values.get(i);
        }
    }

    /** What became of a row. */
    public enum Outcome {
        /** Under the current keys already. */
        CURRENT,
        REWRITTEN,
        /** Changed by the application between reading and writing, so left as the application wrote it. */
        CHANGED_MEANWHILE
    }

    /** What to do with one row. */
    @FunctionalInterface
    public interface RowRewrite {
        Outcome rewrite(Row row);
    }

    private final PersonalDataCipher cipher;
    private final PersonalDataCipher indexes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AtomicLong changedMeanwhile = new AtomicLong();

    Reencryption(PersonalDataCipher cipher, JdbcClient jdbc, TransactionTemplate transactions) {
        this.cipher = cipher;
        this.indexes = cipher.withConfiguredIndexKey();
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Rows the application changed while they were being rewritten. When there were none, no value under an older key
     * is left, provided every node encrypts with the current key.
     */
    long changedMeanwhile() {
        return changedMeanwhile.get();
    }

    /** Whether a stored value is encrypted with the current key. */
    public boolean current(String stored) {
        return cipher.current(stored);
    }

    /** The blind index of a value, computed with the configured index key. */
    public String index(Lookup kind, String value) {
        return indexes.index(kind, value);
    }

    /**
     * Rewrites the encrypted columns (and their indexes) of every row of {@code table} not under the current keys yet;
     * the rows changed.
     */
    public long rewrite(String table, String key, Column... columns) {
        List<String> read = new ArrayList<>();
        for (Column c : columns) {
            read.add(c.encrypted());
            if (c.index() != null) {
                read.add(c.index());
            }
        }
        return eachRow(table, key, read, row -> rewrite(table, key, columns, row));
    }

    /**
     * Walks {@code table} in the order of {@code key} (unique), {@value #PAGE} rows a transaction, handing each row's
     * {@code columns} to {@code rewrite}; the rows it rewrote.
     */
    public long eachRow(String table, String key, List<String> columns, RowRewrite rewrite) {
        long changed = 0;
        Object after = null;
        while (true) {
            Object from = after;
            List<Row> page = transactions.execute(status -> jdbc.sql("SELECT " + key + ", " + String.join(", ", columns)
                            + " FROM " + table + (from == null ? "" : " WHERE " + key + " > :after") + " ORDER BY " + key
                            + " FETCH FIRST " + PAGE + " ROWS ONLY")
                    .params(from == null ? java.util.Map.of() : java.util.Map.of("after", from))
                    .query((rs, n) -> {
                        List<@Nullable String> values = new ArrayList<>();
                        for (int i = 0; i < columns.size(); i++) {
                            values.add(rs.getString(i + 2));
                        }
                        return new Row(rs.getObject(1), values);
                    }).list());
            if (page == null || page.isEmpty()) {
                return changed;
            }
            List<Outcome> outcomes = transactions.execute(status -> page.stream().map(rewrite::rewrite).toList());
            for (Outcome outcome : outcomes == null ? List.<Outcome>of() : outcomes) {
                changed += outcome == Outcome.REWRITTEN ? 1 : 0;
                changedMeanwhile.addAndGet(outcome == Outcome.CHANGED_MEANWHILE ? 1 : 0);
            }
            if (page.size() < PAGE) {
                return changed;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private Outcome rewrite(String table, String key, Column[] columns, Row row) {
        List<String> sets = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<@Nullable Object> newValues = new ArrayList<>();
        List<Object> oldValues = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        for (Column c : columns) {
            String stored = row.value(i++);
            String storedIndex = c.index() == null ? null : row.value(i++);
            String value = stored == null || current(stored) ? stored : cipher.encrypt(cipher.decrypt(stored));
            sets.add(c.encrypted() + " = ?");
            newValues.add(value);
            checks.add(c.encrypted() + (stored == null ? " IS NULL" : " = ?"));
            if (stored != null) {
                oldValues.add(stored);
            }
            changed |= !Objects.equals(value, stored);
            if (c.index() != null) {
                String index = stored == null ? null : index(Objects.requireNonNull(c.lookup()), cipher.decrypt(stored));
                sets.add(c.index() + " = ?");
                newValues.add(index);
                changed |= !Objects.equals(index, storedIndex);
            }
        }
        if (!changed) {
            return Outcome.CURRENT;
        }
        List<@Nullable Object> parameters = new ArrayList<>(newValues);
        parameters.add(row.key());
        parameters.addAll(oldValues);
        return written(jdbc.sql("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + key + " = ? AND "
                + String.join(" AND ", checks)).params(parameters).update());
    }

    /** The outcome of a row's conditional UPDATE that changed {@code rows} rows. */
    public static Outcome written(int rows) {
        return rows == 1 ? Outcome.REWRITTEN : Outcome.CHANGED_MEANWHILE;
    }
}
