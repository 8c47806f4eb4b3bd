package org.onevisit.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.onevisit.kiosk.KioskTickets.Handed;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A ticket button's press, taken once across every node (docs/adr/0050): each ticket screen carries a one-time token,
 * and its first press claims the token in {@code kiosk_ticket_press} (its primary key) before it takes the ticket. A
 * later press of the same token — a double tap, sent at the same moment, maybe to another node — finds it claimed,
 * waits for the ticket the first press took, and answers that one: nothing is taken or printed again. A press whose
 * taking fails gives its token back, so that pressing again tries again.
 */
@Service
public class TicketPresses {

    /** How long a second press waits for the first to take and print its ticket. */
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final KioskTickets tickets;
    private final Clock clock;

    TicketPresses(JdbcClient jdbc, KioskTickets tickets, Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The ticket of the token's first press: taken now by {@code take} if this is it, else the one it took. */
    public Handed once(String token, Supplier<Handed> take, Locale locale) {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            if (claim(token)) {
                return taken(token, take);
            }
            Optional<Optional<String>> first = ticketOf(token);
            if (first.isPresent() && first.get().isPresent()) {
                return tickets.again(first.get().get(), locale);
            }
            // claimed and still taking, or given back meanwhile (then the next claim is this press's)
            if (System.nanoTime() - deadline > 0) {
                throw new DomainException(Kind.CONFLICT, "kiosk-ticket-pending",
                        "The first press of this button is still taking its ticket");
            }
            pause();
        }
    }

    private Handed taken(String token, Supplier<Handed> take) {
        Handed handed;
        try {
            handed = take.get();
        } catch (RuntimeException failed) {
            jdbc.sql("DELETE FROM kiosk_ticket_press WHERE token = ?").param(token).update();
            throw failed;
        }
        jdbc.sql("UPDATE kiosk_ticket_press SET ticket_id = ? WHERE token = ?")
                .params(handed.ticket().ticket().id(), token).update();
        return handed;
    }

    /** Whether this press claimed the token (the first press); presses older than a day are forgotten first. */
    private boolean claim(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.sql("DELETE FROM kiosk_ticket_press WHERE pressed_at < ?").param(now.minus(KEPT)).update();
        try {
            return jdbc.sql("INSERT INTO kiosk_ticket_press (token, pressed_at) VALUES (?, ?)").params(token, now)
                    .update() == 1;
        } catch (DuplicateKeyException pressedBefore) {
            return false;
        }
    }

    /** Empty when the token is not claimed; else the ticket its press took, empty while it is taking it. */
    private Optional<Optional<String>> ticketOf(String token) {
        return jdbc.sql("SELECT ticket_id FROM kiosk_ticket_press WHERE token = ?").param(token)
                .query((row, n) -> Optional.ofNullable(row.getString(1))).optional();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(Kind.CONFLICT, "kiosk-ticket-pending", "Interrupted while waiting for a press");
        }
    }
}
