package org.onevisit.supervision.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.AlertRecipients.Responsibility;
import org.onevisit.casework.WatchedClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores alerts and their recipients. Each level of a clock is stored once (the table's unique key); every change
 * names the version it read, so two officials cannot overwrite each other; the timer's row is claimed with {@code FOR
 * UPDATE SKIP LOCKED}, so one node at a time raises alerts.
 */
@Repository
class AlertStore {

    private static final String COLUMNS = """
            id, watched, watched_key, level, case_number, item_name, department, deadline, raised_on, raised_at, answer_by,
            state, acknowledged_by, acknowledged_at, answer, answered_by, answered_at, answered_on, referred_to,
            referred_on, version""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the timer for this transaction; false when another node runs it now. */
    boolean claimTimer(Instant now) {
        boolean claimed = !jdbc.sql("SELECT id FROM supervision_alert_timer WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query(Integer.class).list().isEmpty();
        if (claimed) {
            jdbc.sql("UPDATE supervision_alert_timer SET last_run_at = ? WHERE id = 1").param(utc(now)).update();
        }
        return claimed;
    }

    /** Whether the clock has an alert of that level already. */
    boolean exists(WatchedClock clock, AlertLevel level) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_alert WHERE watched = ? AND watched_key = ? AND level = ?")
                .params(clock.watched().name(), clock.key(), level.name()).query(Integer.class).single() > 0;
    }

    /** Stores a new alert and its recipients; the alert with its id. */
    Alert insert(Alert a, Map<String, Responsibility> recipients) {
        WatchedClock c = a.clock();
        Alert.Referral referral = a.referral();
        jdbc.sql("""
                INSERT INTO supervision_alert (watched, watched_key, level, case_number, item_name, department, deadline,
                    raised_on, raised_at, answer_by, state, referred_to, referred_on, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.watched().name(), c.key(), a.level().name(), c.caseNumber(), c.itemName(), c.department(),
                        c.deadline(), a.raisedOn(), utc(a.raisedAt()), a.answerBy(), a.state().name(),
                        referral == null ? null : referral.to(), referral == null ? null : referral.on())
                .update();
        long id = jdbc.sql("SELECT id FROM supervision_alert WHERE watched = ? AND watched_key = ? AND level = ?")
                .params(c.watched().name(), c.key(), a.level().name()).query(Long.class).single();
        recipients.forEach((username, responsibility) -> jdbc.sql(
                        "INSERT INTO supervision_alert_recipient (alert_id, username, responsibility) VALUES (?, ?, ?)")
                .params(id, username, responsibility.name()).update());
        return find(id).orElseThrow();
    }

    /** Saves the alert's acknowledgement and answer if it is still at the version it was read at. */
    boolean update(Alert a) {
        Alert.Acknowledgement ack = a.acknowledgement();
        Alert.Answer answer = a.answer();
        return jdbc.sql("""
                UPDATE supervision_alert SET state = ?, acknowledged_by = ?, acknowledged_at = ?, answer = ?, answered_by = ?,
                    answered_at = ?, answered_on = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(a.state().name(), ack == null ? null : ack.by(), ack == null ? null : utc(ack.at()),
                        answer == null ? null : answer.text(), answer == null ? null : answer.by(),
                        answer == null ? null : utc(answer.at()), answer == null ? null : answer.on(), a.id(), a.version())
                .update() == 1;
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_alert WHERE id = ?").param(id).query(AlertStore::alert)
                .optional();
    }

    /** Who received the alert, and for what. */
    Map<String, Responsibility> recipients(long id) {
        Map<String, Responsibility> recipients = new TreeMap<>();
        jdbc.sql("SELECT username, responsibility FROM supervision_alert_recipient WHERE alert_id = ?").param(id)
                .query((rs, n) -> recipients.put(rs.getString(1), Responsibility.valueOf(rs.getString(2)))).list();
        return recipients;
    }

    /**
     * Yellow cards whose handling period ended before {@code today}, not answered within it, and that have no red card
     * yet, oldest first: the rule is {@link Alert#unansweredAfterPeriod}, the query only narrows the rows it is asked of.
     */
    List<Alert> yellowsPastTheirPeriod(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_alert y WHERE level = 'YELLOW' AND answer_by < ?"
                        + " AND (answered_on IS NULL OR answered_on > answer_by)"
                        + " AND NOT EXISTS (SELECT 1 FROM supervision_alert r WHERE r.watched = y.watched"
                        + " AND r.watched_key = y.watched_key AND r.level = 'RED') ORDER BY id FETCH FIRST " + limit
                        + " ROWS ONLY")
                .param(today).query(AlertStore::alert).list();
    }

    /**
     * The alerts that match the filter, the newest first: all of them, or those {@code recipient} received; at most
     * {@code limit}.
     */
    List<Alert> list(AlertFilter filter, @Nullable String recipient, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM supervision_alert a WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (recipient != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM supervision_alert_recipient r WHERE r.alert_id = a.id AND r.username = ?)");
            params.add(recipient);
        }
        if (filter.level() != null) {
            sql.append(" AND level = ?");
            params.add(filter.level().name());
        }
        if (filter.department() != null) {
            sql.append(" AND department = ?");
            params.add(filter.department());
        }
        if (filter.state() != null) {
            sql.append(" AND state = ?");
            params.add(filter.state().name());
        }
        if (filter.caseNumber() != null) {
            sql.append(" AND case_number = ?");
            params.add(filter.caseNumber());
        }
        sql.append(" ORDER BY raised_at DESC, id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(AlertStore::alert).list();
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        WatchedClock clock = new WatchedClock(WatchedClock.Watched.valueOf(rs.getString("watched")),
                rs.getString("watched_key"), rs.getString("case_number"), rs.getString("item_name"),
                rs.getString("department"), rs.getObject("deadline", LocalDate.class), false);
        String ackBy = rs.getString("acknowledged_by");
        String answeredBy = rs.getString("answered_by");
        String referredTo = rs.getString("referred_to");
        return new Alert(rs.getLong("id"), AlertLevel.valueOf(rs.getString("level")), clock,
                rs.getObject("raised_on", LocalDate.class), instant(rs, "raised_at"),
                rs.getObject("answer_by", LocalDate.class), AlertState.valueOf(rs.getString("state")),
                ackBy == null ? null : new Alert.Acknowledgement(ackBy, instant(rs, "acknowledged_at")),
                answeredBy == null ? null : new Alert.Answer(rs.getString("answer"), answeredBy, instant(rs, "answered_at"),
                        rs.getObject("answered_on", LocalDate.class)),
                referredTo == null ? null : new Alert.Referral(referredTo, rs.getObject("referred_on", LocalDate.class)),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
