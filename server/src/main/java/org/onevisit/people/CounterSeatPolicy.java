package org.onevisit.people;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * Who may say at which counter (窗口) a member of staff sits: the administrator for anyone (the day's rota), and a
 * member of staff working in the hall for themselves (clerks rotate between counters, and the one at the desk knows
 * where they sit today). Nobody else; the 12345 hotline's account works in no hall.
 */
final class CounterSeatPolicy {

    private CounterSeatPolicy() {
    }

    static void check(Actor who, String seated) {
        if (who.isStaff() && who.holds(StaffRole.ADMIN)) {
            return;
        }
        if (who.worksInTheHall() && who.name().equals(seated)) {
            return;
        }
        throw new DomainException(Kind.FORBIDDEN, "staff-counter-not-yours",
                "Only the administrator or the member of staff themselves sets the counter they sit at.", seated);
    }
}
