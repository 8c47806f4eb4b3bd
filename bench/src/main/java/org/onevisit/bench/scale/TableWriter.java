package org.onevisit.bench.scale;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes generated rows into one of the product's tables: on PostgreSQL through COPY, streamed; on H2 as batched
 * inserts. Each writer has a connection of its own, so the tables fill side by side.
 */
abstract sealed class TableWriter implements AutoCloseable {

    /** A table of the product and the columns written into it. */
    record Target(String table, String... columns) {
    }

    static TableWriter open(BenchDatabase db, Target target) throws SQLException {
        Connection connection = db.connect();
        return db.isPostgres() ? new Copy(connection, target.table(), target.columns())
                : new Batch(connection, target.table(), target.columns());
    }

    abstract void row(Object... values) throws SQLException;

    /** Copy: PostgreSQL's bulk load, in its text format. */
    static final class Copy extends TableWriter {
        private static final int FLUSH_BYTES = 1 << 20;
        private final Connection connection;
        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES * 2);
        private final StringBuilder line = new StringBuilder(4096);

        Copy(Connection connection, String table, String[] columns) throws SQLException {
            this.connection = connection;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        }

        @Override
        void row(Object... values) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                text(values[i]);
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            if (buffer.size() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void text(Object value) {
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else if (value instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(c);
                    }
                }
            } else {
                line.append(value);
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
            connection.close();
        }
    }

    /** Batch: prepared inserts, a thousand rows a round trip, committed as they go. */
    static final class Batch extends TableWriter {
        private final Connection connection;
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, String[] columns) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                    + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)");
        }

        @Override
        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.addBatch();
            if (++pending == 1000) {
                flush();
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
            connection.close();
        }
    }
}
