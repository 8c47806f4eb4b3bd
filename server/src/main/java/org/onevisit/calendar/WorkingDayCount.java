package org.onevisit.calendar;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A number of working days, provisional when it crossed a year whose arrangement is not published. */
public record WorkingDayCount(int days, Set<Integer> unpublishedYears) {

    public WorkingDayCount {
        unpublishedYears = Collections.unmodifiableSet(new TreeSet<>(unpublishedYears));
    }

    public boolean provisional() {
        return !unpublishedYears.isEmpty();
    }
}
