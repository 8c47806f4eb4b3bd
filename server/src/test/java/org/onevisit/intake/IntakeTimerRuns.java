package org.onevisit.intake;

import org.springframework.context.ApplicationContext;

/**
 * Fires the intake's pledge timers once, as the scheduler would on a day the test clock stands on, for the story
 * tests outside this package (the timers themselves stay package-private).
 */
public final class IntakeTimerRuns {

    private IntakeTimerRuns() {
    }

    /** The pledge reminders due and the terminations of pledges not kept, in that order; how many cases changed. */
    public static int pledgeTimers(ApplicationContext context) {
        IntakeTimers timers = context.getBean(IntakeTimers.class);
        return timers.remindPledges() + timers.terminateBrokenPledges();
    }
}
