package org.onevisit.casework;

/**
 * The light of a running deadline (电子监察的红黄绿灯): green in time, yellow when at most the configured number of
 * working days is left, red once the deadline has passed.
 */
public enum Light {
    GREEN, YELLOW, RED;

    /** The light of a deadline with {@code workingDaysLeft} (negative once passed). */
    static Light of(int workingDaysLeft, int yellowWorkingDays) {
        return workingDaysLeft < 0 ? RED : workingDaysLeft <= yellowWorkingDays ? YELLOW : GREEN;
    }
}
