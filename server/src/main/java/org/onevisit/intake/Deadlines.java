package org.onevisit.intake;

import java.time.LocalDate;

/**
 * The case's deadlines from acceptance on the working-day calendar: the promised one (承诺时限) and the
 * legal one (法定时限); provisional when a year they cross has no published holiday arrangement yet.
 */
public record Deadlines(LocalDate promised, LocalDate legal, boolean provisional) {
}
