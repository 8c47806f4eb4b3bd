package org.onevisit.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.BadRating.Appeal;
import org.onevisit.evaluation.BadRating.AppealOutcome;
import org.onevisit.evaluation.BadRating.Done;
import org.onevisit.evaluation.BadRating.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The handlings of bad ratings, each saved against the version it was read at (optimistic locking). */
@Repository
class BadRatings {

    /** The most handlings one list shows. */
    static final int LIST = 500;

    private final JdbcClient jdbc;

    BadRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(BadRating b) {
        jdbc.sql("INSERT INTO evaluation_bad_rating (rating_id, department, step, due_on, version) VALUES (?, ?, ?, ?, 0)")
                .params(b.ratingId(), b.department(), b.step().name(), b.dueOn()).update();
    }

    Optional<BadRating> find(long ratingId) {
        return jdbc.sql("SELECT * FROM evaluation_bad_rating WHERE rating_id = ?").param(ratingId)
                .query(BadRatings::read).optional();
    }

    /** Saves the handling read at {@code before}'s version; false when someone changed it meanwhile. */
    boolean save(BadRating before, BadRating after) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", after.ratingId());
        p.put("step", after.step().name());
        put(p, "call_back", after.callBack());
        put(p, "fix", after.fix());
        put(p, "feedback", after.feedback());
        Appeal appeal = after.appeal();
        p.put("appeal_outcome", appeal == null ? null : appeal.outcome().name());
        put(p, "appeal", appeal == null ? null : appeal.reason());
        Done decision = appeal == null ? null : appeal.decision();
        p.put("appeal_decision", decision == null ? null : decision.text());
        p.put("appeal_decided_by", decision == null ? null : decision.by());
        p.put("appeal_decided_at", decision == null ? null : utc(decision.at()));
        p.put("version", before.version());
        return jdbc.sql("""
                UPDATE evaluation_bad_rating SET step = :step, call_back_text = :call_back_text,
                  call_back_by = :call_back_by, call_back_at = :call_back_at, fix_text = :fix_text, fix_by = :fix_by,
                  fix_at = :fix_at, feedback_text = :feedback_text, feedback_by = :feedback_by,
                  feedback_at = :feedback_at, appeal_outcome = :appeal_outcome, appeal_text = :appeal_text,
                  appeal_by = :appeal_by, appeal_at = :appeal_at, appeal_decision = :appeal_decision,
                  appeal_decided_by = :appeal_decided_by, appeal_decided_at = :appeal_decided_at,
                  version = version + 1
                WHERE rating_id = :id AND version = :version""").params(p).update() == 1;
    }

    /** The handlings of one department or all, those with something owed first, the earliest due first. */
    List<BadRating> of(@Nullable String department) {
        return jdbc.sql("SELECT * FROM evaluation_bad_rating" + (department == null ? "" : " WHERE department = :d")
                        + " ORDER BY CASE WHEN step IN ('FEEDBACK_SENT', 'EXCLUDED') THEN 1 ELSE 0 END, due_on, rating_id"
                        + " FETCH FIRST " + LIST + " ROWS ONLY")
                .params(department == null ? Map.of() : Map.of("d", department)).query(BadRatings::read).list();
    }

    /** The handlings of the ratings given, by rating id. */
    Map<Long, BadRating> ofRatings(List<Long> ratingIds) {
        Map<Long, BadRating> found = new HashMap<>();
        if (!ratingIds.isEmpty()) {
            jdbc.sql("SELECT * FROM evaluation_bad_rating WHERE rating_id IN (:ids)").param("ids", ratingIds)
                    .query(BadRatings::read).list().forEach(b -> found.put(b.ratingId(), b));
        }
        return found;
    }

    private static void put(Map<String, @Nullable Object> p, String prefix, @Nullable Done done) {
        p.put(prefix + "_text", done == null ? null : done.text());
        p.put(prefix + "_by", done == null ? null : done.by());
        p.put(prefix + "_at", done == null ? null : utc(done.at()));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static BadRating read(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("appeal_outcome");
        Appeal appeal = outcome == null ? null : new Appeal(done(rs, "appeal"), AppealOutcome.valueOf(outcome),
                rs.getString("appeal_decided_by") == null ? null : new Done(rs.getString("appeal_decision"),
                        rs.getString("appeal_decided_by"),
                        rs.getObject("appeal_decided_at", OffsetDateTime.class).toInstant()));
        return new BadRating(rs.getLong("rating_id"), rs.getString("department"), Step.valueOf(rs.getString("step")),
                rs.getObject("due_on", java.time.LocalDate.class), doneOrNull(rs, "call_back"), doneOrNull(rs, "fix"),
                doneOrNull(rs, "feedback"), appeal, rs.getLong("version"));
    }

    private static @Nullable Done doneOrNull(ResultSet rs, String prefix) throws SQLException {
        return rs.getString(prefix + "_by") == null ? null : done(rs, prefix);
    }

    private static Done done(ResultSet rs, String prefix) throws SQLException {
        return new Done(rs.getString(prefix + "_text"), rs.getString(prefix + "_by"),
                rs.getObject(prefix + "_at", OffsetDateTime.class).toInstant());
    }
}
