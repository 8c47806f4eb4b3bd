package org.onevisit.calendar;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.ChangeSignals;
import org.springframework.stereotype.Service;

/**
 * The calendar as other modules use it: {@link #current()} answers the snapshot of the published arrangements, kept
 * until an administrator changes an arrangement on any node. {@link CalendarAdministration} announces every change
 * as {@link #TOPIC} in the transaction that makes it, and the snapshot is kept only while {@link ChangeSignals} says
 * nothing has changed since it was read (ADR 0019): every node counts deadlines on the new calendar from the next
 * request after the commit reaches it.
 */
@Service
public class WorkCalendars {

    static final String TOPIC = "work-calendar";

    private final YearArrangements arrangements;
    private final ChangeSignals changes;
    private volatile @Nullable Snapshot snapshot;

    WorkCalendars(YearArrangements arrangements, ChangeSignals changes) {
        this.arrangements = arrangements;
        this.changes = changes;
    }

    /** The working-day calendar as published now. */
    public WorkCalendar current() {
        Snapshot kept = snapshot;
        if (kept != null && changes.unchangedSince(TOPIC, kept.generation())) {
            return kept.calendar();
        }
        long generation = changes.generation(TOPIC);
        WorkCalendar read = WorkCalendar.of(arrangements.findAll());
        // a change committed while reading may not be in what was read: kept only if none came
        snapshot = changes.unchangedSince(TOPIC, generation) ? new Snapshot(read, generation) : null;
        return read;
    }

    /** Every year entered, drafts included, in order. */
    public List<YearArrangement> years() {
        return arrangements.findAll();
    }

    public YearArrangement year(int year) {
        return arrangements.find(year).orElseThrow(() -> new YearNotArranged(year));
    }

    private record Snapshot(WorkCalendar calendar, long generation) {
    }
}
