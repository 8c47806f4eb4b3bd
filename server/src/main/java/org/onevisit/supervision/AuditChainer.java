package org.onevisit.supervision;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed changes from {@code audit_pending} onto the hash chain, in the order they were written (an entry
 * whose transaction committed late, after later ones were chained, comes on the next full pass), in short
 * transactions of its own that hold the chain head only while they chain a batch. It runs on a thread of its own,
 * woken when a transaction that wrote audit entries commits (then letting commits gather for a moment), and at
 * least every second, so entries left pending by
 * a node that stopped are chained by any other; readers of the trail chain what is pending first. Chainers on any
 * number of nodes line up on the head row, so no entry is chained twice.
 */
@Component
class AuditChainer implements SmartLifecycle {

    static final int BATCH = 500;
    /**
     * How long the chainer lets commits gather after the first wakes it: one short transaction then chains the
     * entries of many, instead of one commit more for every business commit. Nobody waits for it: readers of the
     * trail chain what is pending first.
     */
    static final long GATHER_MILLIS = 100;
    /** Passes between two full passes; about one a second while commits keep waking the chainer. */
    static final int PASSES_PER_FULL_PASS = 10;
    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditRecords records;
    private final TransactionTemplate ownTransaction;
    private final Object signal = new Object();
    private boolean woken;
    private volatile long chainedUpTo;
    private int passesSinceFull;
    private volatile Thread worker;

    AuditChainer(AuditRecords records, PlatformTransactionManager transactions) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Chains every committed pending entry now; the number chained. Never inside a transaction. */
    int chainPending() {
        refuseInsideTransaction("Chaining the audit trail");
        return chainPendingAfter(0);
    }

    /**
     * The chainer works in short transactions of its own, each on a connection of its own. A thread inside a
     * transaction holds a connection already: it would wait for a second one, and enough such threads at once would
     * hold every connection of the pool and wait for ever. So what chains (readers of the trail, direct appends, the
     * checkpoints) is refused there, and runs on threads that hold none: requests, timers, the chainer's own thread.
     */
    static void refuseInsideTransaction(String what) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException(what + " takes a connection of its own and is not called inside a "
                    + "transaction, which holds one already");
        }
    }

    /**
     * Chains the committed pending entries with ids above {@code afterId}. A chained entry's pending row is deleted,
     * and until the database vacuums the table a scan from its first id still steps over every deleted row; the
     * chainer's frequent passes so start after the last id they chained, and a full pass now and then picks up the
     * entries of transactions that committed after one with a higher id had been chained.
     */
    private int chainPendingAfter(long afterId) {
        int total = 0;
        int chained;
        do {
            Integer batch = ownTransaction.execute(tx -> chainBatch(afterId));
            chained = batch == null ? 0 : batch;
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    private int chainBatch(long afterId) {
        AuditRecords.Head head = records.lockHead();
        List<PendingEntry> pending = records.pending(afterId, BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        chainedUpTo = Math.max(chainedUpTo, pending.get(pending.size() - 1).id());
        List<StoredEntry> entries = new ArrayList<>(pending.size());
        List<Long> origins = new ArrayList<>(pending.size());
        long seq = head.lastSeq();
        String prev = head.lastHash();
        for (PendingEntry p : pending) {
            StoredEntry entry = p.chainedAfter(++seq, prev);
            entries.add(entry);
            origins.add(p.id());
            prev = entry.hash();
        }
        records.chain(entries, origins);
        return entries.size();
    }

    /** A transaction that wrote audit entries committed. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                synchronized (signal) {
                    if (!woken) {
                        signal.wait(1000);
                    }
                }
                Thread.sleep(GATHER_MILLIS);
                synchronized (signal) {
                    woken = false;
                }
                if (++passesSinceFull >= PASSES_PER_FULL_PASS) {
                    passesSinceFull = 0;
                    chainPending();
                } else {
                    chainPendingAfter(chainedUpTo);
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the entries stay pending, committed; the next pass chains them
                log.warn("Chaining the audit trail failed; pending entries are chained on the next pass: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        Thread t = new Thread(this::run, "audit-chainer");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Override
    public void stop() {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
