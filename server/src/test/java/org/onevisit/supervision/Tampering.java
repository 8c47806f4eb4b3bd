package org.onevisit.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampers with audit rows the way someone with database access could, and puts the rows back exactly as
 * they were when closed, so that the shared test database keeps a valid chain for every later test.
 */
final class Tampering implements AutoCloseable {

    private static final String COLUMNS =
            "seq, subject, subject_id, action, actor, channel, before_text, after_text, at, prev_hash, hash";

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> rows;

    private Tampering(JdbcClient jdbc, List<Map<String, Object>> rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    static Tampering keep(JdbcClient jdbc, long... seqs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long seq : seqs) {
            rows.add(jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq = ?").param(seq).query().singleRow());
        }
        return new Tampering(jdbc, rows);
    }

    static void swap(JdbcClient jdbc, long a, long b) {
        jdbc.sql("UPDATE audit_record SET seq = -1 WHERE seq = ?").param(a).update();
        jdbc.sql("UPDATE audit_record SET seq = ? WHERE seq = ?").param(a).param(b).update();
        jdbc.sql("UPDATE audit_record SET seq = ? WHERE seq = -1").param(b).update();
    }

    @Override
    public void close() {
        for (Map<String, Object> row : rows) {
            jdbc.sql("DELETE FROM audit_record WHERE hash = ?").param(row.get("hash")).update();
            jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(row.get("seq")).update();
        }
        for (Map<String, Object> row : rows) {
            jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES "
                            + "(:seq, :subject, :subject_id, :action, :actor, :channel, :before_text, :after_text, :at, :prev_hash, :hash)")
                    .params(lowerCase(row)).update();
        }
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> params = new java.util.HashMap<>();
        row.forEach((column, value) -> params.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return params;
    }
}
