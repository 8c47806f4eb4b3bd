package org.onevisit.hall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.onevisit.platform.CounterRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Appointments in {@code hall_appointment}. A booking first takes its slot's row in {@code hall_slot_booking} with
 * {@link CounterRows}: the row stays locked until the booking commits, so the bookings of one slot line up and each
 * counts the slot's appointments after the one before it has committed — the capacity holds on any number of nodes.
 */
@Repository
class AppointmentRows {

    private static final String COLUMNS = """
            id, reference, account, counter_type, service_day, slot_minute, slot_end_minute, subject, status, booked_at,
            ticket_id""";

    private final JdbcClient jdbc;
    private final CounterRows slotLocks;

    AppointmentRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.slotLocks = new CounterRows(jdbc, dataSource, transactions, "hall_slot_booking", "counter_type", "service_day",
                "slot_minute");
    }

    /** Locks the slot for the caller's transaction, lining up the bookings of the slot. */
    void lockSlot(String type, LocalDate day, LocalTime start) {
        slotLocks.next(type, day, minute(start));
    }

    /** The appointments a slot holds: every one but the cancelled. */
    int held(String type, LocalDate day, LocalTime start) {
        return jdbc.sql("SELECT COUNT(*) FROM hall_appointment WHERE counter_type = ? AND service_day = ? AND slot_minute = ?"
                + " AND status <> 'CANCELLED'").params(type, day, minute(start)).query(Integer.class).single();
    }

    /** The appointments each slot of a type's day holds, by the slot's start. */
    Map<LocalTime, Integer> heldByStart(String type, LocalDate day) {
        Map<LocalTime, Integer> held = new HashMap<>();
        jdbc.sql("SELECT slot_minute, COUNT(*) AS n FROM hall_appointment WHERE counter_type = ? AND service_day = ?"
                + " AND status <> 'CANCELLED' GROUP BY slot_minute").params(type, day)
                .query((rs, i) -> held.put(LocalTime.ofSecondOfDay(rs.getInt("slot_minute") * 60L), rs.getInt("n")))
                .list();
        return held;
    }

    void insert(Appointment a, String idempotencyKey) {
        jdbc.sql("""
                INSERT INTO hall_appointment (id, reference, account, idempotency_key, counter_type, service_day, slot_minute,
                    slot_end_minute, subject, status, booked_at, changed_at)
                VALUES (:id, :reference, :account, :key, :type, :day, :start, :end, :subject, :status, :at, :at)""")
                .param("id", a.id()).param("reference", a.reference()).param("account", a.account())
                .param("key", idempotencyKey).param("type", a.type()).param("day", a.day())
                .param("start", minute(a.start())).param("end", minute(a.end())).param("subject", a.subject())
                .param("status", a.status().name()).param("at", TicketRows.utc(a.bookedAt())).update();
    }

    Optional<Appointment> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_appointment WHERE id = ?").param(id)
                .query(AppointmentRows::appointment).optional();
    }

    Optional<Appointment> byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_appointment WHERE reference = ?").param(reference)
                .query(AppointmentRows::appointment).optional();
    }

    Optional<Appointment> byKey(String account, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_appointment WHERE account = ? AND idempotency_key = ?")
                .params(account, idempotencyKey).query(AppointmentRows::appointment).optional();
    }

    /** The account's appointments from {@code from} on, the soonest first. */
    List<Appointment> ofAccount(String account, LocalDate from, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hall_appointment WHERE account = ? AND service_day >= ?"
                + " ORDER BY service_day, slot_minute, booked_at").params(account, from).query(AppointmentRows::appointment)
                .list().stream().limit(limit).toList();
    }

    boolean change(String id, AppointmentStatus from, AppointmentStatus to, Instant at) {
        return jdbc.sql("UPDATE hall_appointment SET status = ?, changed_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), TicketRows.utc(at), id, from.name()).update() == 1;
    }

    boolean checkedIn(String id, String ticketId, Instant at) {
        return jdbc.sql("UPDATE hall_appointment SET status = 'CHECKED_IN', ticket_id = ?, changed_at = ?"
                + " WHERE id = ? AND status = 'BOOKED'").params(ticketId, TicketRows.utc(at), id).update() == 1;
    }

    /** Marks as missed every booked appointment whose slot ended before {@code minute} of {@code today}. */
    int noShows(LocalDate today, int minute, Instant at) {
        return jdbc.sql("""
                UPDATE hall_appointment SET status = 'NO_SHOW', changed_at = ?
                WHERE status = 'BOOKED' AND (service_day < ? OR (service_day = ? AND slot_end_minute <= ?))""")
                .params(TicketRows.utc(at), today, today, minute).update();
    }

    static int minute(LocalTime t) {
        return t.toSecondOfDay() / 60;
    }

    private static Appointment appointment(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getString("id"), rs.getString("reference"), rs.getString("account"),
                rs.getString("counter_type"), rs.getObject("service_day", LocalDate.class),
                LocalTime.ofSecondOfDay(rs.getInt("slot_minute") * 60L),
                LocalTime.ofSecondOfDay(rs.getInt("slot_end_minute") * 60L), rs.getString("subject"),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getObject("booked_at", OffsetDateTime.class).toInstant(), rs.getString("ticket_id"));
    }
}
