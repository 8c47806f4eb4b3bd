package org.onevisit.intake;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests outside the module run intake's timer directly, rather than wait for its schedule. */
@TestComponent
public class IntakeTestAccess {

    private final IntakeTimers timers;

    IntakeTestAccess(IntakeTimers timers) {
        this.timers = timers;
    }

    /** One pass of the timer that deems unanswered cases accepted; how many it deemed accepted. */
    public int deemUnansweredAccepted() {
        return timers.deemUnansweredAccepted();
    }
}
