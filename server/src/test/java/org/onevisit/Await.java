package org.onevisit;

import java.util.function.BooleanSupplier;

/**
 * Bounded waits for what asynchronous module listeners (those of {@code CaseTerminated}) do after the commit that
 * published their event. Review plans, certificates and deliveries commit with the step that causes them: tests read
 * them at once.
 */
final class Await {

    private Await() {
    }

    /** Polls for up to ten seconds; the caller asserts afterwards, so a wait that ran out fails there. */
    static void until(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }

    /** The same for a check that reads through the API; a read that fails counts as not done yet. */
    static void untilAnswered(Check done) throws InterruptedException {
        until(() -> {
            try {
                return done.done();
            } catch (Exception notYet) {
                return false;
            }
        });
    }

    /** A check that may fail to read. */
    interface Check {
        boolean done() throws Exception;
    }
}
