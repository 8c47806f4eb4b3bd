package org.onevisit.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores correction requests and their answers with the files that answered them. A request is answered once: the
 * update names it still open, so of two answers at once one is kept.
 */
@Repository
class CorrectionRecords {

    private static final String SELECT = """
            SELECT c.id, c.task_id, c.case_number, c.item_code, c.department, c.points, c.requested_on, c.requested_by,
                c.supplied_on, c.supplied_at, c.supplied_by, c.channel, c.note, c.deadline_after, t.status,
                (SELECT MAX(n.id) FROM casework_correction n WHERE n.task_id = c.task_id) AS newest
            FROM casework_correction c JOIN casework_task t ON t.id = c.task_id""";

    private final JdbcClient jdbc;

    CorrectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request on the task, open. */
    void request(ReviewTask task, String points, LocalDate on, String by) {
        jdbc.sql("""
                INSERT INTO casework_correction (task_id, case_number, item_code, department, points, requested_on,
                    requested_by) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(task.id(), task.caseNumber(), task.itemCode(), task.department(), points, on, by).update();
    }

    /** Records the answer of an open request; false when it was answered meanwhile. */
    boolean supply(long id, LocalDate on, Instant at, String by, String channel, String note,
            @Nullable LocalDate deadlineAfter, List<CorrectionFile> files) {
        boolean answered = jdbc.sql("""
                UPDATE casework_correction SET supplied_on = ?, supplied_at = ?, supplied_by = ?, channel = ?, note = ?,
                    deadline_after = ?
                WHERE id = ? AND supplied_on IS NULL""")
                .params(on, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, channel, note, deadlineAfter, id)
                .update() == 1;
        if (answered) {
            for (int i = 0; i < files.size(); i++) {
                CorrectionFile f = files.get(i);
                jdbc.sql("""
                        INSERT INTO casework_correction_file (correction_id, position, file_id, name, media_type, size)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(id, i, f.fileId(), f.name(), f.mediaType(), f.size()).update();
            }
        }
        return answered;
    }

    Optional<Correction> find(long id) {
        return withFiles(jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CorrectionRecords::read).list()).stream()
                .findFirst();
    }

    /** The request on the task still open, if any. */
    Optional<Correction> openOf(long taskId) {
        return withFiles(jdbc.sql(SELECT + " WHERE c.task_id = ? AND c.supplied_on IS NULL ORDER BY c.id DESC")
                .param(taskId).query(CorrectionRecords::read).list()).stream().findFirst();
    }

    /** The case's requests, the newest first. */
    List<Correction> ofCase(String caseNumber) {
        return withFiles(jdbc.sql(SELECT + " WHERE c.case_number = ? ORDER BY c.id DESC").param(caseNumber)
                .query(CorrectionRecords::read).list());
    }

    private List<Correction> withFiles(List<Correction> read) {
        if (read.isEmpty()) {
            return read;
        }
        Map<Long, List<CorrectionFile>> files = new LinkedHashMap<>();
        read.forEach(c -> files.put(c.id(), new ArrayList<>()));
        jdbc.sql("SELECT correction_id, file_id, name, media_type, size FROM casework_correction_file"
                        + " WHERE correction_id IN (:ids) ORDER BY correction_id, position")
                .param("ids", List.copyOf(files.keySet()))
                .query(rs -> {
                    files.get(rs.getLong(1)).add(new CorrectionFile(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5)));
                });
        return read.stream().map(c -> new Correction(c.id(), c.taskId(), c.caseNumber(), c.itemCode(), c.department(),
                c.points(), c.requestedOn(), c.requestedBy(), c.suppliedOn(), c.suppliedAt(), c.suppliedBy(), c.channel(),
                c.note(), c.deadlineAfter(), c.awaited(), files.get(c.id()))).toList();
    }

    private static Correction read(ResultSet rs, int row) throws SQLException {
        LocalDate suppliedOn = rs.getObject("supplied_on", LocalDate.class);
        OffsetDateTime at = rs.getObject("supplied_at", OffsetDateTime.class);
        return new Correction(rs.getLong("id"), rs.getLong("task_id"), rs.getString("case_number"),
                rs.getString("item_code"), rs.getString("department"), rs.getString("points"),
                rs.getObject("requested_on", LocalDate.class), rs.getString("requested_by"), suppliedOn,
                at == null ? null : at.toInstant(), rs.getString("supplied_by"), rs.getString("channel"),
                rs.getString("note"), rs.getObject("deadline_after", LocalDate.class),
                suppliedOn == null && rs.getLong("newest") == rs.getLong("id")
                        && TaskStatus.AWAITING_CORRECTION.name().equals(rs.getString("status")), List.of());
    }
}
