package org.onevisit.calendar;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The calendar as other modules use it: {@link #current()} answers the snapshot of the published
 * arrangements, built once and kept until an administrator changes an arrangement. Another server
 * node's change is picked up within {@link #MAX_AGE}.
 */
@Service
public class WorkCalendars {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final YearArrangements arrangements;
    private volatile Snapshot snapshot;

    WorkCalendars(YearArrangements arrangements) {
        this.arrangements = arrangements;
    }

    /** The working-day calendar as published now. */
    public WorkCalendar current() {
        Snapshot current = snapshot;
        if (current == null || current.olderThan(MAX_AGE)) {
            current = new Snapshot(WorkCalendar.of(arrangements.findAll()), System.nanoTime());
            snapshot = current;
        }
        return current.calendar();
    }

    /** Every year entered, drafts included, in order. */
    public List<YearArrangement> years() {
        return arrangements.findAll();
    }

    public YearArrangement year(int year) {
        return arrangements.find(year).orElseThrow(() -> new YearNotArranged(year));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkCalendarChanged changed) {
        snapshot = null;
    }

    private record Snapshot(WorkCalendar calendar, long loadedAtNanos) {

        boolean olderThan(Duration age) {
            return System.nanoTime() - loadedAtNanos > age.toNanos();
        }
    }
}
