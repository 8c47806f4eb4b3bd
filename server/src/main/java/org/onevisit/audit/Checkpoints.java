package org.onevisit.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The signed checkpoints where they are kept: the {@code audit_checkpoint} table, the checkpoint folder outside the
 * database, and an export a supervisor kept and gives back. Only the folder and the export are beyond the reach of
 * someone who rewrites the database; the table is the source of the export, and its checkpoints count as well, since
 * nobody without the key can sign one.
 */
@Repository
class Checkpoints {

    /** Rows read per query while checkpoints are gathered or exported. */
    static final int PAGE = 5_000;
    private static final String COLUMNS = "seq, head_hash, at, key_id, signature";

    private final JdbcClient jdbc;
    private final CheckpointFolder folder;
    private final CheckpointKey key;
    private final JsonMapper json;

    Checkpoints(JdbcClient jdbc, CheckpointFolder folder, CheckpointKey key, JsonMapper json) {
        this.jdbc = jdbc;
        this.folder = folder;
        this.key = key;
        this.json = json;
    }

    /** Keeps a new checkpoint: appended to the folder and forced to disk first, then its row, in the caller's transaction. */
    void keep(AuditCheckpoint checkpoint) {
        folder.append(checkpoint);
        jdbc.sql("INSERT INTO audit_checkpoint (seq, head_hash, at, key_id, signature) VALUES (?, ?, ?, ?, ?)")
                .params(checkpoint.seq(), checkpoint.headHash(), checkpoint.at().atOffset(ZoneOffset.UTC),
                        checkpoint.keyId(), checkpoint.signature())
                .update();
    }

    /** The seq of the newest checkpoint in the database, 0 before the first. */
    long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoint").query(Long.class).single();
    }

    /** The newest checkpoint of the database, if there is one that reads as a checkpoint. */
    Optional<AuditCheckpoint> last() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query(Checkpoints::row).optional().flatMap(Row::checkpoint);
    }

    /**
     * Up to {@code limit} rows of the database after {@code afterSeq}, in seq order; a row someone altered so that it no
     * longer reads as a checkpoint (say, a hash that is not hex) holds none.
     */
    List<Row> after(long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint WHERE seq > ? ORDER BY seq FETCH FIRST " + limit
                + " ROWS ONLY").param(afterSeq).query(Checkpoints::row).list();
    }

    record Row(long seq, Optional<AuditCheckpoint> checkpoint) {
    }

    /** Every checkpoint of the folder, the database and {@code export} (if given), each signature checked. */
    SignedCheckpoints gather(@Nullable Path export) {
        SignedCheckpoints signed = new SignedCheckpoints(key);
        folder.read((source, line) -> signed.add(source, read(line)));
        long after = 0;
        List<Row> page;
        do {
            page = after(after, PAGE);
            page.forEach(row -> signed.add("database seq " + row.seq(), row.checkpoint()));
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).seq();
            }
        } while (page.size() == PAGE);
        if (export != null) {
            if (Files.isRegularFile(export) && Files.isReadable(export)) {
                CheckpointFolder.readLines(export, (source, line) -> signed.add(source, read(line)));
            } else {
                signed.unreadable(export.getFileName() + " (not a readable file)");
            }
        }
        return signed;
    }

    /** The checkpoint a line holds, or none when it holds none, e.g. a line someone edited by hand. */
    private Optional<AuditCheckpoint> read(String line) {
        try {
            return Optional.of(json.readValue(line, AuditCheckpoint.class));
        } catch (RuntimeException notACheckpoint) {
            return Optional.empty();
        }
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        long seq = rs.getLong("seq");
        try {
            return new Row(seq, Optional.of(new AuditCheckpoint(seq, rs.getString("head_hash"),
                    rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("key_id"),
                    rs.getString("signature"))));
        } catch (IllegalArgumentException notACheckpoint) {
            return new Row(seq, Optional.empty());
        }
    }
}
