package org.onevisit.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the audit trail and its chain head. Entries are only ever inserted: no statement here
 * updates or deletes an entry; only the head row moves forward.
 */
@Repository
class AuditRecords {

    private static final String COLUMNS =
            "seq, subject, subject_id, action, actor, channel, before_text, after_text, at, prev_hash, hash";

    record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the head and locks it until the transaction ends, so that appends line up one at a time. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    void insert(StoredEntry entry) {
        jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES "
                        + "(:seq, :subject, :subjectId, :action, :actor, :channel, :before, :after, :at, :prevHash, :hash)")
                .param("seq", entry.seq())
                .param("subject", entry.subject())
                .param("subjectId", entry.subjectId())
                .param("action", entry.action())
                .param("actor", entry.actor())
                .param("channel", entry.channel())
                .param("before", entry.beforeText())
                .param("after", entry.afterText())
                .param("at", entry.at().atOffset(ZoneOffset.UTC))
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", entry.seq())
                .param("hash", entry.hash())
                .update();
    }

    /** Up to {@code limit} entries after {@code afterSeq} up to {@code toSeq}, in seq order. */
    List<StoredEntry> page(long afterSeq, long toSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq > :after AND seq <= :to ORDER BY seq "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param("after", afterSeq)
                .param("to", toSeq)
                .query(AuditRecords::entry).list();
    }

    Optional<StoredEntry> at(long seq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE seq = :seq").param("seq", seq)
                .query(AuditRecords::entry).optional();
    }

    List<StoredEntry> ofSubject(String subject, String subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE subject = :subject AND subject_id = :subjectId "
                        + "ORDER BY seq")
                .param("subject", subject)
                .param("subjectId", subjectId)
                .query(AuditRecords::entry).list();
    }

    /** The newest entries first. */
    List<StoredEntry> recent(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record ORDER BY seq DESC "
                        + "OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .query(AuditRecords::entry).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }

    private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
        return new StoredEntry(rs.getLong("seq"), rs.getString("subject"), rs.getString("subject_id"),
                rs.getString("action"), rs.getString("actor"), rs.getString("channel"), rs.getString("before_text"),
                rs.getString("after_text"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
