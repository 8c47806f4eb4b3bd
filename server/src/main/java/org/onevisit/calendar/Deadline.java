package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A computed deadline. It is provisional when its counting touched a year whose holiday arrangement
 * is not published yet: such a year is counted on weekends only, and the date may still move.
 */
public record Deadline(LocalDate date, Set<Integer> unpublishedYears) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        unpublishedYears = java.util.Collections.unmodifiableSet(new TreeSet<>(unpublishedYears));
    }

    public boolean provisional() {
        return !unpublishedYears.isEmpty();
    }
}
