package org.onevisit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampers with audit rows the way someone with database access could, and puts the rows and the chain head back
 * exactly as they were when closed, so that the shared test database keeps a valid chain for every later test.
 */
final class Tampering implements AutoCloseable {

    private static final String COLUMNS =
            "seq, subject, subject_id, action, actor, channel, before_text, after_text, at, prev_hash, hash";

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> rows;
    private final Map<String, Object> head;

    private Tampering(JdbcClient jdbc, List<Map<String, Object>> rows, Map<String, Object> head) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.head = head;
    }

    static Tampering keep(JdbcClient jdbc, long... seqs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long seq : seqs) {
            rows.add(jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq = ?").param(seq).query().singleRow());
        }
        return new Tampering(jdbc, rows, lowerCase(jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                .query().singleRow()));
    }

    /** Deletes the entries after {@code seq} and moves the chain head back to the entry at {@code seq}. */
    static void truncateAfter(JdbcClient jdbc, long seq) {
        jdbc.sql("DELETE FROM audit_record WHERE seq > ?").param(seq).update();
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = (SELECT hash FROM audit_record WHERE seq = ?) WHERE id = 1")
                .params(seq, seq).update();
    }

    /**
     * Replaces the values after of the entry at {@code seq} and, as someone who knows how the chain is hashed would,
     * recomputes its hash and every later one and moves the chain head's hash along: the hash chain itself holds.
     */
    static void rewrite(JdbcClient jdbc, long seq, String afterText) {
        jdbc.sql("UPDATE audit_record SET after_text = ? WHERE seq = ?").params(afterText, seq).update();
        String prev = jdbc.sql("SELECT prev_hash FROM audit_record WHERE seq = ?").param(seq).query(String.class).single();
        for (long s : jdbc.sql("SELECT seq FROM audit_record WHERE seq >= ? ORDER BY seq").param(seq).query(Long.class).list()) {
            StoredEntry e = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq = ?").param(s)
                    .query((rs, n) -> new StoredEntry(rs.getLong("seq"), rs.getString("subject"), rs.getString("subject_id"),
                            rs.getString("action"), rs.getString("actor"), rs.getString("channel"),
                            rs.getString("before_text"), rs.getString("after_text"),
                            rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("prev_hash"),
                            rs.getString("hash"))).single();
            String hash = AuditHash.of(prev, e.subject(), e.subjectId(), e.action(), e.actor(), e.channel(), e.at(),
                    e.beforeText(), e.afterText());
            jdbc.sql("UPDATE audit_record SET prev_hash = ?, hash = ? WHERE seq = ?").params(prev, hash, s).update();
            prev = hash;
        }
        jdbc.sql("UPDATE audit_chain SET last_hash = ? WHERE id = 1").param(prev).update();
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
        jdbc.sql("UPDATE audit_chain SET last_seq = :last_seq, last_hash = :last_hash WHERE id = 1").params(head).update();
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> params = new java.util.HashMap<>();
        row.forEach((column, value) -> params.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return params;
    }
}
