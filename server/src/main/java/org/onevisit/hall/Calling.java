package org.onevisit.hall;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.StaffCounters;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calling at the counter (叫号): a clerk seated at a counter ({@link StaffCounters#counterOf}) calls the next ticket of
 * the counter's type, recalls it (重呼), skips it when its holder does not come (过号), transfers it to another type
 * (转窗口) or finishes it; calling the next finishes the one before. A ticket is taken for a counter only if it is
 * still waiting at the version read, so two clerks calling at once never get the same ticket.
 */
@Service
public class Calling {

    /** The most attempts to take a ticket another clerk is taking at the same moment. */
    private static final int ATTEMPTS = 20;

    /** A counter's desk: its type, the ticket in front of the clerk and the type's queue. */
    public record Desk(String counter, String type, @Nullable Ticket current, int waiting, Duration meanService) {
    }

    private final TicketRows rows;
    private final CounterTypes types;
    private final Queue queue;
    private final StaffCounters counters;
    private final Announcements announcements;
    private final Clock clock;

    Calling(TicketRows rows, CounterTypes types, Queue queue, StaffCounters counters, Announcements announcements,
            Clock clock) {
        this.rows = rows;
        this.types = types;
        this.queue = queue;
        this.counters = counters;
        this.announcements = announcements;
        this.clock = clock;
    }

    @ReadOnly
    public Desk desk(String clerk) {
        String counter = counterOf(clerk);
        String type = typeOf(counter);
        LocalDate today = LocalDate.now(clock);
        return new Desk(counter, type, rows.currentAt(today, counter).orElse(null),
                rows.waitingByType(today).getOrDefault(type, 0), queue.meanService(today, type));
    }

    /** Finishes the counter's ticket, if any, and calls the next of its type; empty when none is waiting. */
    @Transactional
    public Optional<Ticket> next(String clerk) {
        String counter = counterOf(clerk);
        String type = typeOf(counter);
        LocalDate today = LocalDate.now(clock);
        rows.currentAt(today, counter).ifPresent(t -> rows.finish(t, TicketStatus.DONE, clock.instant()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Ticket> order = queue.ordered(today, type, LocalTime.now(clock));
            if (order.isEmpty()) {
                return Optional.empty();
            }
            for (Ticket candidate : order) {
                if (rows.claim(candidate, counter, clerk, clock.instant())) {
                    Ticket called = rows.find(candidate.id()).orElseThrow();
                    announce(called, order.size() - 1);
                    return Optional.of(called);
                }
            }
        }
        throw new DomainException(Kind.CONFLICT, "hall-call-contended", "Every waiting ticket was being called meanwhile.");
    }

    /** Calls the counter's ticket again (重呼). */
    @Transactional
    public Ticket recall(String clerk) {
        Ticket t = current(clerk);
        if (!rows.recall(t, clock.instant())) {
            throw changed(t);
        }
        Ticket called = rows.find(t.id()).orElseThrow();
        announce(called, rows.waitingByType(t.day()).getOrDefault(t.type(), 0));
        return called;
    }

    /** Skips the counter's ticket (过号): its holder did not come. */
    @Transactional
    public Ticket skip(String clerk) {
        Ticket t = current(clerk);
        if (!rows.finish(t, TicketStatus.SKIPPED, clock.instant())) {
            throw changed(t);
        }
        return rows.find(t.id()).orElseThrow();
    }

    /** The counter is done with its ticket. */
    @Transactional
    public Ticket finish(String clerk) {
        Ticket t = current(clerk);
        if (!rows.finish(t, TicketStatus.DONE, clock.instant())) {
            throw changed(t);
        }
        return rows.find(t.id()).orElseThrow();
    }

    /**
     * Transfers the counter's ticket to the queue of another type (转窗口), where it is called before the walk-ins:
     * its holder has waited once already.
     */
    @Transactional
    public Ticket transfer(String clerk, String toType) {
        Ticket t = current(clerk);
        String to = types.of(toType).code();
        if (to.equals(t.type())) {
            throw new DomainException(Kind.INVALID, "hall-transfer-same-type", "The ticket is of type " + to + " already.", to);
        }
        if (!rows.transfer(t, to, clock.instant())) {
            throw changed(t);
        }
        Ticket moved = rows.find(t.id()).orElseThrow();
        TakenTicket told = queue.told(moved, LocalTime.now(clock));
        announcements.afterCommit(new QueueChanged(to, rows.waitingByType(t.day()).getOrDefault(to, 0),
                told.estimatedMinutes()));
        return moved;
    }

    /** The ticket in front of the clerk, or a problem saying there is none. */
    private Ticket current(String clerk) {
        return rows.currentAt(LocalDate.now(clock), counterOf(clerk)).orElseThrow(() -> new DomainException(
                Kind.RULE_VIOLATED, "hall-no-current-ticket", "The counter has called no ticket."));
    }

    private String counterOf(String clerk) {
        return counters.counterOf(clerk).orElseThrow(() -> new DomainException(Kind.RULE_VIOLATED, "hall-not-seated",
                "The member of staff sits at no counter."));
    }

    private static String typeOf(String counter) {
        return CounterTypes.typeCodeOf(counter).orElseThrow(() -> new DomainException(Kind.RULE_VIOLATED,
                "hall-counter-untyped", "Counter " + counter + " has no type.", counter));
    }

    private void announce(Ticket t, int waiting) {
        int left = Math.max(0, waiting);
        long minutes = (queue.estimate(t.day(), t.type(), left).toSeconds() + 59) / 60;
        announcements.afterCommit(new TicketCalled(t.number(), t.type(), t.counter() == null ? "" : t.counter(),
                t.recalls(), clock.instant(), left, minutes));
    }

    private static DomainException changed(Ticket t) {
        return new DomainException(Kind.CONFLICT, "hall-ticket-changed", "Ticket " + t.number() + " changed meanwhile.",
                t.number());
    }
}
