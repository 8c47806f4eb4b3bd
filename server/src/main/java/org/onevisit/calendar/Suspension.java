package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of days during which a case's clock stops (时限中止): waiting for the applicant's
 * supplement, a hearing, an expert review, testing… (《行政许可法》第四十五条). Days inside are not counted.
 */
public record Suspension(LocalDate first, LocalDate last) {

    public Suspension {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A suspension ends on or after its first day");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
