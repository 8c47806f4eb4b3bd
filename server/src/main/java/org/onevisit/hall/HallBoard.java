package org.onevisit.hall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * What the hall's display board shows (大屏): the ticket each counter is serving, the latest call first, and each
 * type's waiting count with its estimated wait. The board follows the calls live ({@link TicketCalled},
 * {@link QueueChanged}); this is its state on opening.
 */
@Service
public class HallBoard {

    /** A counter's current call. */
    public record Call(String counter, String number, String type, Instant at, int recalls) {
    }

    /** A type's queue. */
    public record Waiting(String type, String name, int waiting, long estimatedMinutes, long meanServiceMinutes) {
    }

    public record View(List<Call> calls, List<Waiting> queues, Instant asOf) {
    }

    private final TicketRows rows;
    private final CounterTypes types;
    private final Queue queue;
    private final Clock clock;

    HallBoard(TicketRows rows, CounterTypes types, Queue queue, Clock clock) {
        this.rows = rows;
        this.types = types;
        this.queue = queue;
        this.clock = clock;
    }

    @ReadOnly
    public View view(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<Call> calls = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ticket t : rows.called(today)) {
            if (t.counter() != null && seen.add(t.counter())) {
                calls.add(new Call(t.counter(), t.number(), t.type(), t.calledAt() == null ? t.takenAt() : t.calledAt(),
                        t.recalls()));
            }
        }
        Map<String, Integer> waiting = rows.waitingByType(today);
        List<Waiting> queues = new ArrayList<>();
        for (CounterType type : types.all()) {
            int n = waiting.getOrDefault(type.code(), 0);
            queues.add(new Waiting(type.code(), type.name(locale), n,
                    (queue.estimate(today, type.code(), n).toSeconds() + 59) / 60,
                    (queue.meanService(today, type.code()).toSeconds() + 59) / 60));
        }
        return new View(calls, queues, clock.instant());
    }

    /** Whether a type's queue would be called now in the order given (for the pages' "next up"). */
    @ReadOnly
    public List<String> nextNumbers(String type, int limit) {
        return queue.ordered(LocalDate.now(clock), type, LocalTime.now(clock)).stream().limit(limit)
                .map(Ticket::number).toList();
    }
}
