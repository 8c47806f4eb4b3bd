package org.onevisit.casework;

import org.springframework.context.ApplicationContext;

/**
 * Fires the pledge timers once, as the scheduler would on a day the test clock stands on, for the story tests outside
 * this package (the timer itself stays package-private).
 */
public final class PledgeTimerRuns {

    private PledgeTimerRuns() {
    }

    /** The pledge reminders due and the terminations of pledges not kept, in that order; how many cases changed. */
    public static int pledgeTimers(ApplicationContext context) {
        PledgeTimer timer = context.getBean(PledgeTimer.class);
        return timer.remindPledges() + timer.terminateBrokenPledges();
    }
}
