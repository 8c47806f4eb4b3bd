package org.onevisit.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.RoundTrips;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    /** Its zone is the centre's, in which the day a review was answered is counted. */
    private final Clock centre;

    ReviewTasks(JdbcClient jdbc, Clock centre) {
        this.jdbc = jdbc;
        this.centre = centre;
    }

    /**
     * The inserts of a new plan's tasks, to send with the case's file and stages (ADR 0047): each writes nothing where
     * the case has the item's task for the department already. Two plans inserted at the same moment collide on the
     * table's unique key. The department is compared as an expression ({@code department || ''}) so that the look
     * can only take the unique key's index, by case and item: PostgreSQL plans a prepared statement once for the
     * connection's life, and planned on a table never analysed (a new database, or autovacuum off) it took an index
     * led by the department and read every task of the department at each insert (ADR 0057).
     */
    static List<RoundTrips.Statement<?>> insertAll(List<ReviewTask> plan) {
        return plan.stream().<RoundTrips.Statement<?>>map(t -> RoundTrips.Statement
                .change("""
                        INSERT INTO casework_task (case_number, item_code, department, stage_key, stage_order, status,
                            opened_on, deadline, limit_days, opinion, delegated, deemable, later_stages_wait, version)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, '', FALSE, ?, ?, 0 FROM (VALUES (0)) AS one(x)
                        WHERE NOT EXISTS (SELECT 1 FROM casework_task WHERE case_number = ? AND item_code = ?
                            AND department || '' = ?)""", t.caseNumber(), t.itemCode(), t.department(), t.terms().stageKey(),
                        t.terms().stageOrder(), t.status().name(), t.clock().openedOn(), t.clock().deadline(),
                        t.terms().limitDays(), t.terms().deemable(), t.terms().laterStagesWait(), t.caseNumber(),
                        t.itemCode(), t.department()))
                .toList();
    }

    boolean update(ReviewTask t) {
        OwedOpinion owed = t.owed();
        TaskClock clock = t.clock();
        TaskAnswer answer = t.answer();
        return jdbc.sql("""
                UPDATE casework_task SET status = :status, opened_on = :openedOn, deadline = :deadline, opinion = :text,
                    decided_by = :by, decided_at = :at, decided_on = :on, delegated = :delegated,
                    suspended_on = :suspendedOn, suspended_days = :suspendedDays, extension_days = :extensionDays,
                    extension_note = :extensionNote, suspension_reason = :suspensionReason, opinion_owed_by = :owedBy,
                    late_opinion = :late, late_text = :lateText, late_by = :lateBy, late_at = :lateAt, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", t.status().name()).param("openedOn", clock.openedOn()).param("deadline", clock.deadline())
                .param("text", answer.text()).param("by", answer.by()).param("at", utc(answer.at()))
                .param("on", answer.at() == null ? null : LocalDate.ofInstant(answer.at(), centre.getZone()))
                .param("delegated", answer.delegated()).param("suspendedOn", clock.suspendedOn())
                .param("suspendedDays", clock.suspendedDays()).param("extensionDays", clock.extensionDays())
                .param("extensionNote", clock.extensionNote()).param("suspensionReason", clock.suspensionReason())
                .param("owedBy", owed == null ? null : owed.due())
                .param("late", owed == null || owed.answer() == null ? null : owed.answer().name())
                .param("lateText", owed == null ? "" : owed.text()).param("lateBy", owed == null ? null : owed.by())
                .param("lateAt", owed == null ? null : utc(owed.at())).param("id", t.id()).param("version", t.version())
                .update() == 1;
    }

    Optional<ReviewTask> find(long id) {
        return jdbc.sql(BY_ID).param(id).query(ReviewTasks::task).optional();
    }

    private static final String BY_ID = "SELECT " + COLUMNS + " FROM casework_task WHERE id = ?";

    /** {@link #find} as a statement to send with others ({@link RoundTrips}): none or one row. */
    static RoundTrips.Statement<ReviewTask> findStatement(long id) {
        return RoundTrips.Statement.query(BY_ID, ReviewTasks::task, id);
    }

    List<ReviewTask> ofCase(String caseNumber) {
        return jdbc.sql(OF_CASE).param(caseNumber).query(ReviewTasks::task).list();
    }

    private static final String OF_CASE = "SELECT " + COLUMNS
            + " FROM casework_task WHERE case_number = ? ORDER BY stage_order, item_code, department";

    /** {@link #ofCase} as a statement to send with others ({@link RoundTrips}). */
    static RoundTrips.Statement<ReviewTask> ofCaseStatement(String caseNumber) {
        return RoundTrips.Statement.query(OF_CASE, ReviewTasks::task, caseNumber);
    }

    /**
     * A department's inbox: its tasks not yet decided and the opinions it still owes after deemed consent, the
     * most urgent first.
     */
    List<ReviewTask> inbox(String department, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE department = ? AND (status IN "
                        + TaskStatus.sql(TaskStatus.UNFINISHED)
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE status = " + TaskStatus.OPEN.sql()
                        + " AND deemable AND deadline < ? ORDER BY id"
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE status = " + TaskStatus.OPEN.sql() + " AND deadline < ?"
                        + ofDepartment
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
                        + " AND status = " + TaskStatus.DEEMED_CONSENT.sql() + ofDepartment
                        + " ORDER BY opinion_owed_by, id OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(params).query(ReviewTasks::task).list();
    }

    /** Open reviews per department and deadline: few rows however many reviews, so each deadline's light is read once. */
    List<DeadlineCount> openDeadlines() {
        return jdbc.sql("SELECT department, deadline, COUNT(*) AS tasks FROM casework_task WHERE status = "
                        + TaskStatus.OPEN.sql() + " AND deadline IS NOT NULL GROUP BY department, deadline")
                .query((rs, n) -> new DeadlineCount(rs.getString("department"), rs.getObject("deadline", LocalDate.class),
                        rs.getInt("tasks")))
                .list();
    }

    /** Open reviews of a department and its deadline. */
    record DeadlineCount(String department, LocalDate deadline, int count) {
    }

    /** Per department, the reviews deemed to consent whose real opinion is owed past its day, {@code today}. */
    Map<String, Integer> owedPastDueCounts(LocalDate today) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT department, COUNT(*) AS tasks FROM casework_task WHERE opinion_owed_by < ? AND late_opinion IS NULL"
                        + " AND status = " + TaskStatus.DEEMED_CONSENT.sql() + " GROUP BY department")
                .param(today).query((RowCallbackHandler) rs -> counts.put(rs.getString("department"), rs.getInt("tasks")));
        return counts;
    }

    /**
     * Open reviews whose deadline falls between {@code from} and {@code to} (either open-ended when null), of every
     * department or of one, the nearest deadline first; a page of them.
     */
    List<ReviewTask> openDueBetween(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String department,
            int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE status = " + TaskStatus.OPEN.sql() + " AND deadline IS NOT NULL");
        List<Object> params = new java.util.ArrayList<>();
        if (from != null) {
            where.append(" AND deadline >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND deadline <= ?");
            params.add(to);
        }
        if (department != null) {
            where.append(" AND department = ?");
            params.add(department);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task" + where
                        + " ORDER BY deadline, id OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(params).query(ReviewTasks::task).list();
    }

    /** Per department, the reviews opened between {@code from} and {@code to}, both included. */
    Map<String, Integer> openedBetween(LocalDate from, LocalDate to) {
        return counts("SELECT department, COUNT(*) AS tasks FROM casework_task WHERE " + OPENED + " GROUP BY department",
                from, to);
    }

    private static final String OPENED = "opened_on BETWEEN ? AND ?";

    /**
     * Not answered by the deadline: answered later, deemed consent, or still open once the deadline passed (before the
     * day given last); a clock standing still is not late.
     */
    private static final String LATE = "deadline BETWEEN ? AND ? AND status IN " + TaskStatus.sql(openOrAnswered())
            + " AND (decided_on > deadline OR (decided_on IS NULL AND deadline < ?))";

    private static Set<TaskStatus> openOrAnswered() {
        Set<TaskStatus> statuses = EnumSet.copyOf(TaskStatus.ANSWERED);
        statuses.add(TaskStatus.OPEN);
        return statuses;
    }

    private static final String ANSWERED_IN = "decided_on BETWEEN ? AND ? AND status IN " + TaskStatus.sql(TaskStatus.ANSWERED);

    private static final String DEEMED_IN = "decided_on BETWEEN ? AND ? AND status = " + TaskStatus.DEEMED_CONSENT.sql();

    /**
     * The reviews behind one of a month's figures ({@link MonthFigure}) between {@code from} and {@code to}, of every
     * department or of one, in the order they happened; a page of them. They are the rows the figures count.
     */
    List<ReviewTask> behind(MonthFigure figure, LocalDate from, LocalDate to, LocalDate today, @Nullable String department,
            int offset, int limit) {
        String where = switch (figure) {
            case OPENED -> OPENED;
            case ANSWERED -> ANSWERED_IN;
            case DEEMED_CONSENT -> DEEMED_IN;
            case LATE -> LATE;
        };
        String order = figure == MonthFigure.OPENED ? "opened_on" : figure == MonthFigure.LATE ? "deadline" : "decided_on";
        List<Object> params = new java.util.ArrayList<>(List.of(from, to));
        if (figure == MonthFigure.LATE) {
            params.add(today);
        }
        if (department != null) {
            where += " AND department = ?";
            params.add(department);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_task WHERE " + where + " ORDER BY " + order + ", id OFFSET "
                        + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(params).query(ReviewTasks::task).list();
    }

    /**
     * Per department, reviews whose deadline fell between {@code from} and {@code to} and that were not answered by
     * it: answered later, deemed consent, or still open. A review whose clock stands still is not late.
     */
    Map<String, Integer> lateBetween(LocalDate from, LocalDate to, LocalDate today) {
        return counts("SELECT department, COUNT(*) AS tasks FROM casework_task WHERE " + LATE + " GROUP BY department",
                from, to, today);
    }

    /**
     * Reviews answered between {@code from} and {@code to}, grouped by department, whether deemed, the day opened and
     * the day answered: few rows for a month however many reviews, so working days are counted per group.
     */
    List<AnsweredGroup> answeredBetween(LocalDate from, LocalDate to) {
        String deemed = "CASE WHEN status = " + TaskStatus.DEEMED_CONSENT.sql() + " THEN 1 ELSE 0 END";
        return jdbc.sql("SELECT department, " + deemed + " AS deemed, opened_on, decided_on, COUNT(*) AS answered,"
                        + " SUM(CASE WHEN decided_on <= deadline THEN 1 ELSE 0 END) AS on_time,"
                        + " SUM(suspended_days) AS suspended_days FROM casework_task WHERE " + ANSWERED_IN
                        + " GROUP BY department, " + deemed + ", opened_on, decided_on")
                .params(from, to)
                .query((rs, n) -> new AnsweredGroup(rs.getString("department"), rs.getInt("deemed") == 1,
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                        rs.getInt("answered"), rs.getInt("on_time"), rs.getLong("suspended_days")))
                .list();
    }

    /** Reviews of one department answered on one day, opened on one day. */
    record AnsweredGroup(String department, boolean deemed, @Nullable LocalDate openedOn, LocalDate answeredOn, int count,
            int onTime, long suspendedDays) {
    }

    private Map<String, Integer> counts(String sql, Object... params) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> counts.put(rs.getString("department"), rs.getInt("tasks")));
        return counts;
    }

    private static ReviewTask task(ResultSet rs, int n) throws SQLException {
        TaskTerms terms = new TaskTerms(rs.getString("stage_key"), rs.getInt("stage_order"), rs.getInt("limit_days"),
                rs.getBoolean("deemable"), rs.getBoolean("later_stages_wait"));
        TaskClock clock = new TaskClock(rs.getObject("opened_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getObject("suspended_on", LocalDate.class), rs.getInt("suspended_days"), rs.getInt("extension_days"),
                rs.getString("extension_note"), rs.getString("suspension_reason"));
        TaskAnswer answer = new TaskAnswer(rs.getString("opinion"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getBoolean("delegated"));
        return new ReviewTask(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_code"),
                rs.getString("department"), terms, TaskStatus.valueOf(rs.getString("status")), clock, answer, owed(rs),
                rs.getLong("version"));
    }

    private static @Nullable OwedOpinion owed(ResultSet rs) throws SQLException {
        LocalDate owedBy = rs.getObject("opinion_owed_by", LocalDate.class);
        if (owedBy == null) {
            return null;
        }
        String late = rs.getString("late_opinion");
        return new OwedOpinion(owedBy, late == null ? null : Opinion.valueOf(late), rs.getString("late_text"),
                rs.getString("late_by"), instant(rs, "late_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
