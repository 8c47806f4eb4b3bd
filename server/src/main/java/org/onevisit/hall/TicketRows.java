package org.onevisit.hall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.CounterRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** The day's tickets in {@code hall_ticket}, numbered per type and day from {@code hall_ticket_sequence}. */
@Repository
class TicketRows {

    private static final String COLUMNS = """
            id, service_day, counter_type, number, channel, account, appointment_id, slot_minute, status, taken_at, queued_at,
            transferred_from, called_at, called_by, counter_number, recalls, finished_at, case_number, version""";

    private final JdbcClient jdbc;
    private final CounterRows sequence;

    TicketRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sequence = new CounterRows(jdbc, dataSource, transactions, "hall_ticket_sequence", "counter_type", "service_day");
    }

    /** The type's next number of the day, e.g. {@code A001}, taken in the caller's transaction. */
    String nextNumber(String type, LocalDate day) {
        long n = sequence.next(type, day);
        return type + (n < 1000 ? String.format("%03d", n) : Long.toString(n));
    }

    void insert(Ticket t) {
        jdbc.sql("""
                INSERT INTO hall_ticket (id, service_day, counter_type, number, channel, account, appointment_id, slot_minute,
                    status, taken_at, queued_at, recalls, version)
                VALUES (:id, :day, :type, :number, :channel, :account, :appointment, :slot, :status, :at, :at, 0, 0)""")
                .param("id", t.id()).param("day", t.day()).param("type", t.type()).param("number", t.number())
                .param("channel", t.channel().name()).param("account", t.account())
                .param("appointment", t.appointmentId())
                .param("slot", t.slot() == null ? null : t.slot().toSecondOfDay() / 60)
                .param("status", t.status().name()).param("at", utc(t.takenAt())).update();
    }

    Optional<Ticket> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_ticket WHERE id = ?").param(id).query(TicketRows::ticket)
                .optional();
    }

    /** The type's waiting tickets of the day in the order they joined the queue (the caller orders them for calling). */
    List<Ticket> waiting(LocalDate day, String type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_ticket WHERE service_day = ? AND counter_type = ? AND status = 'WAITING'"
                + " ORDER BY queued_at, number").params(day, type).query(TicketRows::ticket).list();
    }

    /** The number of waiting tickets of the day by type. */
    Map<String, Integer> waitingByType(LocalDate day) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT counter_type, COUNT(*) AS n FROM hall_ticket WHERE service_day = ? AND status = 'WAITING'"
                + " GROUP BY counter_type ORDER BY counter_type").param(day)
                .query((rs, i) -> counts.put(rs.getString("counter_type"), rs.getInt("n"))).list();
        return counts;
    }

    /**
     * Takes a waiting ticket for the counter: only if it is still waiting at the version read, so of two clerks
     * calling the same ticket one wins and the other moves on to the next.
     */
    boolean claim(Ticket t, String counter, String clerk, Instant at) {
        return jdbc.sql("""
                UPDATE hall_ticket SET status = 'CALLED', called_at = :at, called_by = :clerk, counter_number = :counter,
                    version = version + 1
                WHERE id = :id AND status = 'WAITING' AND version = :version""")
                .param("at", utc(at)).param("clerk", clerk).param("counter", counter).param("id", t.id())
                .param("version", t.version()).update() == 1;
    }

    /** The ticket the counter called last and has not finished with, if any. */
    Optional<Ticket> currentAt(LocalDate day, String counter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_ticket WHERE service_day = ? AND counter_number = ? AND status = 'CALLED'"
                + " ORDER BY called_at DESC, number DESC").params(day, counter).query(TicketRows::ticket).list().stream()
                .findFirst();
    }

    /** The day's tickets being served, by counter: the latest a counter called. */
    List<Ticket> called(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_ticket WHERE service_day = ? AND status = 'CALLED'"
                + " ORDER BY called_at DESC, number DESC").param(day).query(TicketRows::ticket).list();
    }

    boolean finish(Ticket t, TicketStatus status, Instant at) {
        return jdbc.sql("""
                UPDATE hall_ticket SET status = :status, finished_at = :at, version = version + 1
                WHERE id = :id AND status = 'CALLED' AND version = :version""")
                .param("status", status.name()).param("at", utc(at)).param("id", t.id()).param("version", t.version())
                .update() == 1;
    }

    boolean recall(Ticket t, Instant at) {
        return jdbc.sql("""
                UPDATE hall_ticket SET recalls = recalls + 1, version = version + 1
                WHERE id = :id AND status = 'CALLED' AND version = :version""")
                .param("id", t.id()).param("version", t.version()).update() == 1;
    }

    /** Puts a called ticket in another type's queue, ahead of its walk-ins (转窗口). */
    boolean transfer(Ticket t, String toType, Instant at) {
        return jdbc.sql("""
                UPDATE hall_ticket SET status = 'WAITING', counter_type = :to, transferred_from = :from, queued_at = :at,
                    called_at = NULL, called_by = NULL, counter_number = NULL, version = version + 1
                WHERE id = :id AND status = 'CALLED' AND version = :version""")
                .param("to", toType).param("from", t.counter()).param("at", utc(at)).param("id", t.id())
                .param("version", t.version()).update() == 1;
    }

    /** Records the case received for the ticket; its service ends with it. */
    boolean received(String id, String caseNumber, Instant at) {
        return jdbc.sql("""
                UPDATE hall_ticket SET case_number = :number,
                    status = CASE WHEN status = 'CALLED' THEN 'DONE' ELSE status END,
                    finished_at = CASE WHEN status = 'CALLED' THEN :at ELSE finished_at END, version = version + 1
                WHERE id = :id""").param("number", caseNumber).param("at", utc(at)).param("id", id).update() == 1;
    }

    /** How long each of the type's services finished on the day took, from the call to its end. */
    List<Duration> serviceTimes(LocalDate day, String type) {
        return jdbc.sql("SELECT called_at, finished_at FROM hall_ticket WHERE service_day = ? AND counter_type = ?"
                + " AND status = 'DONE' AND called_at IS NOT NULL AND finished_at IS NOT NULL").params(day, type)
                .query((rs, i) -> Duration.between(instant(rs, "called_at"), instant(rs, "finished_at"))).list();
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        int slot = rs.getInt("slot_minute");
        LocalTime start = rs.wasNull() ? null : LocalTime.ofSecondOfDay(slot * 60L);
        return new Ticket(rs.getString("id"), rs.getObject("service_day", LocalDate.class), rs.getString("counter_type"),
                rs.getString("number"), TicketChannel.valueOf(rs.getString("channel")), rs.getString("account"),
                rs.getString("appointment_id"), start, TicketStatus.valueOf(rs.getString("status")),
                instant(rs, "taken_at"), instant(rs, "called_at"), rs.getString("called_by"),
                rs.getString("counter_number"), rs.getInt("recalls"), instant(rs, "finished_at"),
                rs.getString("case_number"), rs.getString("transferred_from"), rs.getInt("version"));
    }
}
