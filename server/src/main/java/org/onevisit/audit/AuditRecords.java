package org.onevisit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onevisit.platform.RoundTrips;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the audit trail, the changes waiting to be chained, and the chain head. Chained entries are only
 * ever inserted: no statement here updates or deletes one; only the head row moves forward, and a pending row
 * goes when its entry is chained.
 */
@Repository
class AuditRecords {

    private static final String COLUMNS =
            "seq, subject, subject_id, action, actor, channel, before_text, after_text, at, prev_hash, hash";

    record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Reads the head and locks it until the transaction ends, so that chainers line up one at a time. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    /** Reads the head and locks it until the transaction ends, or nothing while another transaction holds it. */
    Optional<Head> claimHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).optional();
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
    }

    /** A change waiting to be chained, to be written in the transaction of the change: the statement that writes it. */
    RoundTrips.Statement<Void> pendingInsert(PendingEntry e) {
        return RoundTrips.Statement.change("INSERT INTO audit_pending (subject, subject_id, action, actor, channel, "
                + "before_text, after_text, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.subject(), e.subjectId(), e.action(),
                e.actor(), e.channel(), e.beforeText(), e.afterText(), e.at().atOffset(ZoneOffset.UTC));
    }

    /** A change waiting to be chained, written in a transaction of its own: its id. */
    long insertPendingWithId(PendingEntry entry) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        change(jdbc.sql("INSERT INTO audit_pending (subject, subject_id, action, actor, channel, before_text, after_text, at) "
                        + "VALUES (:subject, :subjectId, :action, :actor, :channel, :before, :after, :at)"), entry.subject(),
                entry.subjectId(), entry.action(), entry.actor(), entry.channel(), entry.beforeText(), entry.afterText(),
                entry.at()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * Claims the oldest committed changes waiting to be chained with ids above {@code afterId}, in the order they were
     * written, skipping any another transaction holds. Called with the head locked. The bound is written into the
     * statement rather than bound as a parameter, so the database plans each pass for the table as it is: a statement
     * prepared once keeps the plan it got while the queue was empty (a scan of the whole table), however many deleted
     * rows the table holds by the time the chainer asks again.
     */
    List<PendingEntry> claimPending(long afterId, int limit) {
        return jdbc.sql("SELECT id, subject, subject_id, action, actor, channel, before_text, after_text, at "
                        + "FROM audit_pending WHERE id > " + afterId + " ORDER BY id FETCH FIRST " + limit
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .query((rs, n) -> new PendingEntry(rs.getLong("id"), rs.getString("subject"), rs.getString("subject_id"),
                        rs.getString("action"), rs.getString("actor"), rs.getString("channel"), rs.getString("before_text"),
                        rs.getString("after_text"), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Chains the entries (already hashed in order onto the head) and moves the head to the last of them; their
     * pending rows go. Each is one batch, sent to the database in one go. Called with the head locked.
     */
    void chain(List<StoredEntry> entries, List<Long> origins) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        List<Object[]> chained = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            StoredEntry e = entries.get(i);
            rows.add(new Object[] {e.seq(), e.subject(), e.subjectId(), e.action(), e.actor(), e.channel(), e.beforeText(),
                    e.afterText(), e.at().atOffset(ZoneOffset.UTC), e.prevHash(), e.hash(), origins.get(i)});
            chained.add(new Object[] {origins.get(i)});
        }
        batch.batchUpdate("INSERT INTO audit_record (" + COLUMNS + ", origin_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        batch.batchUpdate("DELETE FROM audit_pending WHERE id = ?", chained);
        StoredEntry last = entries.get(entries.size() - 1);
        jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", last.seq())
                .param("hash", last.hash())
                .update();
    }

    /** The values of a change, as both a pending and a chained entry hold them. */
    private static JdbcClient.StatementSpec change(JdbcClient.StatementSpec sql, String subject, String subjectId,
            String action, String actor, String channel, String before, String after, java.time.Instant at) {
        return sql.param("subject", subject).param("subjectId", subjectId).param("action", action).param("actor", actor)
                .param("channel", channel).param("before", before).param("after", after)
                .param("at", at.atOffset(ZoneOffset.UTC));
    }

    Optional<StoredEntry> fromOrigin(long originId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE origin_id = :origin").param("origin", originId)
                .query(AuditRecords::entry).optional();
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
