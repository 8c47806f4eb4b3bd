package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of a 容缺 pledge as casework keeps them: the materials owed, the deadline, the day of the reminder, and
 * whether the reminder went out and the pledge was kept. The rule of termination lives here: a pledge is broken
 * once its deadline passed with the materials still owed.
 */
public record PledgeTerm(List<String> materials, LocalDate supplementBy, LocalDate remindOn, boolean reminded,
        boolean kept) {

    public PledgeTerm {
        materials = List.copyOf(materials);
    }

    /** Broken on {@code day}: not kept, and the deadline is over (the deadline day itself still counts). */
    public boolean brokenOn(LocalDate day) {
        return !kept && supplementBy.isBefore(day);
    }

    /** Whether the reminder is due on {@code day}. */
    public boolean reminderDueOn(LocalDate day) {
        return !kept && !reminded && !remindOn.isAfter(day);
    }

    PledgeTerm asReminded() {
        return new PledgeTerm(materials, supplementBy, remindOn, true, kept);
    }

    PledgeTerm asKept() {
        return new PledgeTerm(materials, supplementBy, remindOn, reminded, true);
    }
}
