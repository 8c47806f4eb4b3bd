package org.onevisit.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores review tasks; every update names the version it read, so two officials cannot overwrite each other. */
@Repository
class ReviewTasks {

    private static final String COLUMNS = """
            id, case_number, item_code, department, stage_key, stage_order, status, opened_on, deadline, limit_days,
            opinion, decided_by, decided_at, delegated, version, suspended_on, suspended_days, extension_days, extension_note,
            suspension_reason, deemable, opinion_owed_by, late_opinion, late_text, late_by, late_at, later_stages_wait""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** Its zone is the centre's, in which the day a review was answered is counted. */
    private final Clock clock;

    ReviewTasks(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Inserts a new plan's tasks, sent to the database in one batch. A case has each item's task for a department
     * once: a second plan for the case fails on the table's unique key.
     */
    void insertAll(List<ReviewTask> plan) {
        batch.batchUpdate("""
                INSERT INTO casework_task (case_number, item_code, department, stage_key, stage_order, status, opened_on,
                    deadline, limit_days, opinion, delegated, deemable, later_stages_wait, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', FALSE, ?, ?, 0)""", plan.stream().map(t -> new Object[] {t.caseNumber(),
                t.itemCode(), t.department(), t.stageKey(), t.stageOrder(), t.status().name(), t.openedOn(), t.deadline(),
                t.limitDays(), t.deemable(), t.laterStagesWait()}).toList());
    }

    boolean update(ReviewTask t) {
        OwedOpinion owed = t.owed();
        return jdbc.sql("""
                UPDATE casework_task SET status = ?, opened_on = ?, deadline = ?, opinion = ?, decided_by = ?, decided_at = ?,
                    decided_on = ?, delegated = ?, suspended_on = ?, suspended_days = ?, extension_days = ?,
                    extension_note = ?, suspension_reason = ?, opinion_owed_by = ?, late_opinion = ?, late_text = ?,
                    late_by = ?, late_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(t.status().name(), t.openedOn(), t.deadline(), t.opinion(), t.decidedBy(), utc(t.decidedAt()),
                        t.decidedAt() == null ? null : LocalDate.ofInstant(t.decidedAt(), clock.getZone()), t.delegated(),
                        t.suspendedOn(), t.suspendedDays(), t.extensionDays(), t.extensionNote(), t.suspensionReason(),
                        owed == null ? null : owed.due(),
                        owed == null || owed.answer() == null ? null : owed.answer().name(), owed == null ? "" : owed.text(),
                        owed == null ? null : owed.by(), owed == null ? null : utc(owed.at()), t.id(), t.version())
                .update() == 1;
    }

    Optional<ReviewTask> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE id = ?").param(id).query(ReviewTasks::task).optional();
    }

    List<ReviewTask> ofCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE case_number = ? ORDER BY stage_order, item_code, department")
                .param(caseNumber).query(ReviewTasks::task).list();
    }

    /**
     * A department's inbox: its tasks not yet decided and the opinions it still owes after deemed consent, the
     * most urgent first.
     */
    List<ReviewTask> inbox(String department, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE department = ? AND (status IN ('OPEN', 'AWAITING_CORRECTION', 'SUSPENDED', 'WAITING')"
                        + " OR opinion_owed_by IS NOT NULL AND late_opinion IS NULL)"
                        + " ORDER BY CASE WHEN COALESCE(opinion_owed_by, deadline) IS NULL THEN 1 ELSE 0 END,"
                        + " COALESCE(opinion_owed_by, deadline), id LIMIT " + limit)
                .param(department).query(ReviewTasks::task).list();
    }

    /**
     * Open tasks whose deadline is before {@code today} and whose item's rule deems that consent, claimed for this
     * transaction (the others stay open and go red): rows another node has
     * claimed are skipped, so each late task is handled once however many nodes run the timer.
     */
    List<ReviewTask> claimOverdue(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE status = 'OPEN' AND deemable AND deadline < ? ORDER BY id"
                        + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param(today).query(ReviewTasks::task).list();
    }

    /**
     * Open reviews whose deadline passed before {@code today}, of every department or of one, the longest overdue
     * first; a page of them.
     */
    List<ReviewTask> overdue(LocalDate today, @Nullable String department, int offset, int limit) {
        String ofDepartment = department == null ? "" : " AND department = ?";
        List<Object> params = department == null ? List.of(today) : List.of(today, department);
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE status = 'OPEN' AND deadline < ?" + ofDepartment
                        + " ORDER BY deadline, id OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(params).query(ReviewTasks::task).list();
    }

    /**
     * Reviews deemed to consent whose department still owes its real opinion past the day it was due, of every
     * department or of one, the longest overdue first; a page of them.
     */
    List<ReviewTask> owedPastDue(LocalDate today, @Nullable String department, int offset, int limit) {
        String ofDepartment = department == null ? "" : " AND department = ?";
        List<Object> params = department == null ? List.of(today) : List.of(today, department);
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE opinion_owed_by < ? AND late_opinion IS NULL"
                        + " AND status = 'DEEMED_CONSENT'" + ofDepartment
                        + " ORDER BY opinion_owed_by, id OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(params).query(ReviewTasks::task).list();
    }

    /** Per department, the reviews opened between {@code from} and {@code to}, both included. */
    Map<String, Integer> openedBetween(LocalDate from, LocalDate to) {
        return counts("SELECT department, COUNT(*) FROM casework_task WHERE opened_on BETWEEN ? AND ? GROUP BY department",
                from, to);
    }

    /**
     * Per department, reviews whose deadline fell between {@code from} and {@code to} and that were not answered by
     * it: answered later, deemed consent, or still open. A review whose clock stands still is not late.
     */
    Map<String, Integer> lateBetween(LocalDate from, LocalDate to) {
        return counts("""
                SELECT department, COUNT(*) FROM casework_task WHERE deadline BETWEEN ? AND ?
                    AND status IN ('OPEN', 'CONSENTED', 'CONSENTED_WITH_CONDITIONS', 'OBJECTED', 'DEEMED_CONSENT')
                    AND (decided_on IS NULL OR decided_on > deadline)
                GROUP BY department""", from, to);
    }

    /**
     * Reviews answered between {@code from} and {@code to}, grouped by department, whether deemed, the day opened and
     * the day answered: few rows for a month however many reviews, so working days are counted per group.
     */
    List<AnsweredGroup> answeredBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT department, CASE WHEN status = 'DEEMED_CONSENT' THEN 1 ELSE 0 END AS deemed, opened_on, decided_on,
                    COUNT(*), SUM(CASE WHEN decided_on <= deadline THEN 1 ELSE 0 END), SUM(suspended_days)
                FROM casework_task WHERE decided_on BETWEEN ? AND ?
                    AND status IN ('CONSENTED', 'CONSENTED_WITH_CONDITIONS', 'OBJECTED', 'DEEMED_CONSENT')
                GROUP BY department, CASE WHEN status = 'DEEMED_CONSENT' THEN 1 ELSE 0 END, opened_on, decided_on""")
                .params(from, to)
                .query((rs, n) -> new AnsweredGroup(rs.getString(1), rs.getInt(2) == 1, rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getLong(7)))
                .list();
    }

    /** Reviews of one department answered on one day, opened on one day. */
    record AnsweredGroup(String department, boolean deemed, @Nullable LocalDate openedOn, LocalDate answeredOn, int count,
            int onTime, long suspendedDays) {
    }

    private Map<String, Integer> counts(String sql, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql(sql).params(from, to).query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    private static ReviewTask task(ResultSet rs, int n) throws SQLException {
        LocalDate owedBy = rs.getObject(22, LocalDate.class);
        String late = rs.getString(23);
        OwedOpinion owed = owedBy == null ? null : new OwedOpinion(owedBy, late == null ? null : Opinion.valueOf(late),
                rs.getString(24), rs.getString(25), instant(rs, 26));
        return new ReviewTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                TaskStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getInt(10), rs.getString(11), rs.getString(12), instant(rs, 13), rs.getBoolean(14),
                rs.getObject(16, LocalDate.class), rs.getInt(17), rs.getInt(18), rs.getString(19), rs.getString(20),
                rs.getBoolean(21), rs.getBoolean(27), owed, rs.getLong(15));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
