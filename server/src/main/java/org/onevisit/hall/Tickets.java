package org.onevisit.hall;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walk-in tickets (取号): taken for a counter type at the kiosk, by the app or at the door, numbered per type and day
 * (A001…), each told the people ahead of it and the estimated wait. The kiosk's pages call {@link #take(String,
 * TicketChannel)} themselves; the API takes a ticket for a signed-in applicant (the app) or a member of staff at the
 * door (ADR 0040).
 */
@Service
public class Tickets {

    private final TicketRows rows;
    private final CounterTypes types;
    private final Queue queue;
    private final Announcements announcements;
    private final JdbcClient jdbc;
    private final Clock clock;

    Tickets(TicketRows rows, CounterTypes types, Queue queue, Announcements announcements, JdbcClient jdbc, Clock clock) {
        this.rows = rows;
        this.types = types;
        this.queue = queue;
        this.announcements = announcements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ticket of the type taken without an account: at the kiosk or at the door. */
    @Transactional
    public TakenTicket take(String type, TicketChannel channel) {
        return take(type, channel, null);
    }

    /**
     * A ticket of the type taken on {@code channel}, for the applicant's account when signed in (the app): an account
     * holds one open ticket of a type a day ({@code hall-ticket-held}).
     */
    @Transactional
    public TakenTicket take(String type, TicketChannel channel, @Nullable String account) {
        if (channel == TicketChannel.APPOINTMENT) {
            throw new DomainException(Kind.INVALID, "hall-channel-invalid", "An appointment's ticket is made by its check-in.");
        }
        String code = types.of(type).code();
        LocalDate today = LocalDate.now(clock);
        if (account != null && jdbc.sql("SELECT COUNT(*) FROM hall_ticket WHERE service_day = ? AND counter_type = ?"
                + " AND account = ? AND status IN ('WAITING', 'CALLED')").params(today, code, account)
                .query(Integer.class).single() > 0) {
            throw new DomainException(Kind.CONFLICT, "hall-ticket-held", "The account holds an open ticket of type " + code,
                    code);
        }
        return issue(code, channel, account, null, null);
    }

    /** Makes a ticket in the caller's transaction (an appointment's check-in too). */
    TakenTicket issue(String type, TicketChannel channel, @Nullable String account, @Nullable String appointmentId,
            @Nullable LocalTime slot) {
        LocalDate today = LocalDate.now(clock);
        Ticket t = new Ticket(UUID.randomUUID().toString(), today, type, rows.nextNumber(type, today), channel, account,
                appointmentId, slot, TicketStatus.WAITING, clock.instant(), null, null, null, 0, null, null, null, 0);
        rows.insert(t);
        TakenTicket told = queue.told(rows.find(t.id()).orElseThrow(), LocalTime.now(clock));
        announcements.afterCommit(new QueueChanged(type, told.peopleAhead() + 1, told.estimatedMinutes()));
        return told;
    }

    /** A ticket with the people ahead of it now and its estimated wait. */
    @ReadOnly
    public TakenTicket find(String id) {
        return queue.told(ticket(id), LocalTime.now(clock));
    }

    /** The account's tickets of today, the latest first. */
    @ReadOnly
    public List<TakenTicket> ofAccount(String account) {
        LocalTime now = LocalTime.now(clock);
        return jdbc.sql("SELECT id FROM hall_ticket WHERE service_day = ? AND account = ? ORDER BY taken_at DESC")
                .params(LocalDate.now(clock), account).query(String.class).list().stream()
                .map(id -> queue.told(ticket(id), now)).toList();
    }

    Ticket ticket(String id) {
        return rows.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "hall-ticket-not-found",
                "No ticket " + id));
    }
}
