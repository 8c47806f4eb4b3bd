package org.onevisit.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;

/**
 * Work that belongs to what a transaction did, done once it is committed: nothing when it rolls back, at once outside
 * a transaction. The hall tells its board of a call that happened; a counter counts a case that exists (ADR 0053).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code work} once the current transaction commits, or now when there is none. */
    public static void run(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    /** Counts one once the current transaction commits, or now when there is none. */
    public static void count(Counter counter) {
        run(counter::increment);
    }
}
