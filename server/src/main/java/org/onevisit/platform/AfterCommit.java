package org.onevisit.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;

/**
 * Counts what a transaction did once it is committed (ADR 0053): a case counted as created is one that exists; a
 * step rolled back counts nothing. Outside a transaction it counts at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void count(Counter counter) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
