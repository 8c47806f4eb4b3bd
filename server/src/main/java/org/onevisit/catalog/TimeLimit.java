package org.onevisit.catalog;

/**
 * A time limit (办结时限): a number of working or calendar days. Zero days is an instant item (即办件).
 */
public record TimeLimit(int days, DayUnit unit) {

    public TimeLimit {
        if (days < 0 || days > 3650) {
            throw new IllegalArgumentException("A time limit is between 0 and 3650 days: " + days);
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, DayUnit.WORKING);
    }

    public boolean instant() {
        return days == 0;
    }

    /**
     * The limit in working days for planning a bundle: calendar days are converted at five working days a
     * week, rounded up, because the exact count depends on the start date.
     */
    public int approximateWorkingDays() {
        return unit == DayUnit.WORKING ? days : (days * 5 + 6) / 7;
    }

    /** Whether this limit is no longer than {@code other}; limits in different units are not compared. */
    public boolean notLongerThan(TimeLimit other) {
        return unit != other.unit || days <= other.days;
    }
}
