package org.onevisit.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Suspensions of one clock, sorted and merged where they overlap or touch. */
final class ClockStops {

    static final ClockStops NONE = new ClockStops(List.of());

    private final List<Suspension> stops;

    private ClockStops(List<Suspension> stops) {
        this.stops = stops;
    }

    static ClockStops of(List<Suspension> suspensions) {
        if (suspensions.isEmpty()) {
            return NONE;
        }
        List<Suspension> sorted = suspensions.stream().sorted(Comparator.comparing(Suspension::first)).toList();
        List<Suspension> merged = new ArrayList<>();
        Suspension current = sorted.get(0);
        for (Suspension next : sorted.subList(1, sorted.size())) {
            if (!next.first().isAfter(current.last().plusDays(1))) {
                current = new Suspension(current.first(), next.last().isAfter(current.last()) ? next.last() : current.last());
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return new ClockStops(List.copyOf(merged));
    }

    boolean contains(LocalDate date) {
        for (Suspension stop : stops) {
            if (stop.contains(date)) {
                return true;
            }
        }
        return false;
    }

    /** Working days after {@code after} up to and including {@code upTo} on which the clock stood still. */
    int workingDaysStopped(LocalDate after, LocalDate upTo, WorkCalendar calendar) {
        int stopped = 0;
        for (Suspension stop : stops) {
            LocalDate low = later(after, stop.first().minusDays(1));
            LocalDate high = upTo.isBefore(stop.last()) ? upTo : stop.last();
            if (low.isBefore(high)) {
                stopped += calendar.workingDaysAfter(low, high);
            }
        }
        return stopped;
    }

    /** Calendar days after {@code after} up to and including {@code upTo} on which the clock stood still. */
    int calendarDaysStopped(LocalDate after, LocalDate upTo) {
        int stopped = 0;
        for (Suspension stop : stops) {
            LocalDate low = later(after, stop.first().minusDays(1));
            LocalDate high = upTo.isBefore(stop.last()) ? upTo : stop.last();
            if (low.isBefore(high)) {
                stopped += (int) ChronoUnit.DAYS.between(low, high);
            }
        }
        return stopped;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
