package org.onevisit.hall;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onevisit.people.StaffCounters;
import org.springframework.stereotype.Component;

/**
 * The order a type's waiting tickets are called in, and the waiting time estimated from it. First the tickets
 * transferred from another counter (they have waited once already), then the appointments whose slot has begun, by
 * slot, then everyone else as they joined the queue — walk-ins and appointments checked in before their slot alike.
 * The estimate is the mean of the day's finished services of the type × the people ahead ÷ the type's open counters
 * (those with a clerk seated, at least one); before the day has finished a service, the configured service time.
 */
@Component
class Queue {

    private final TicketRows tickets;
    private final StaffCounters counters;
    private final HallSettings settings;

    Queue(TicketRows tickets, StaffCounters counters, HallSettings settings) {
        this.tickets = tickets;
        this.counters = counters;
        this.settings = settings;
    }

    /** The type's waiting tickets in the order they will be called at {@code now}. */
    List<Ticket> ordered(LocalDate day, String type, LocalTime now) {
        List<Ticket> waiting = new ArrayList<>(tickets.waiting(day, type));
        waiting.sort(Comparator.comparingInt((Ticket t) -> rank(t, now))
                .thenComparing(t -> rank(t, now) == 1 ? t.slot() : LocalTime.MIN));
        return waiting;
    }

    private static int rank(Ticket t, LocalTime now) {
        if (t.transferredFrom() != null) {
            return 0;
        }
        return t.slot() != null && !t.slot().isAfter(now) ? 1 : 2;
    }

    /** The mean service time of the type's services finished on the day, or the configured one before any. */
    Duration meanService(LocalDate day, String type) {
        List<Duration> times = tickets.serviceTimes(day, type);
        if (times.isEmpty()) {
            return settings.defaultServiceTime();
        }
        long total = times.stream().mapToLong(Duration::toSeconds).sum();
        return Duration.ofSeconds(Math.round((double) total / times.size()));
    }

    /** The type's counters with a clerk seated now, at least one. */
    int openCounters(String type) {
        long open = counters.seated().values().stream().distinct()
                .filter(c -> CounterTypes.typeCodeOf(c).map(type::equals).orElse(false)).count();
        return (int) Math.max(1, open);
    }

    Duration estimate(LocalDate day, String type, int peopleAhead) {
        if (peopleAhead == 0) {
            return Duration.ZERO;
        }
        return meanService(day, type).multipliedBy(peopleAhead).dividedBy(openCounters(type));
    }

    /** The ticket as its holder is told it: the people ahead of it now and the estimated wait. */
    TakenTicket told(Ticket t, LocalTime now) {
        if (t.status() != TicketStatus.WAITING) {
            return new TakenTicket(t, 0, Duration.ZERO);
        }
        List<Ticket> order = ordered(t.day(), t.type(), now);
        int ahead = 0;
        for (Ticket w : order) {
            if (w.id().equals(t.id())) {
                break;
            }
            ahead++;
        }
        return new TakenTicket(t, ahead, estimate(t.day(), t.type(), ahead));
    }
}
