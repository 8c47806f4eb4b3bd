package org.onevisit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed changes from {@code audit_pending} onto the hash chain, in the order they were written (an entry
 * whose transaction committed late, after later ones were chained, comes on the next full pass), in short
 * transactions of its own that hold the chain head only while they chain a batch.
 * <p>
 * A scheduled job ({@code onevisit.audit.chain-delay}, 100 ms after the previous pass ended) on any number of nodes:
 * a pass claims the chain head with {@code FOR UPDATE SKIP LOCKED}, so while one node chains, the passes of the
 * others find the head taken and end at once instead of queueing; the pending entries are claimed the same way. Two
 * passes never hold the head together, so no entry is chained twice and the chain never forks; entries left pending
 * by a node that stopped are chained by any other. Readers of the trail do not wait for a pass: they chain what is
 * pending first ({@link #chainPending()}), waiting for the head if a pass holds it.
 */
@Component
class AuditChainer {

    static final int BATCH = 500;
    /** Passes between two full passes; about one a second at the default delay. */
    static final int PASSES_PER_FULL_PASS = 10;

    /** How a pass takes the chain head. */
    private enum Claim {
        /** Waits while another chainer holds it: a reader must see everything committed before it asked. */
        WAIT,
        /** Ends the pass at once while another chainer holds it: that one chains what this one would. */
        SKIP
    }

    private final AuditRecords records;
    private final TransactionTemplate ownTransaction;
    private volatile long chainedUpTo;
    private int passesSinceFull;

    AuditChainer(AuditRecords records, PlatformTransactionManager transactions) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The scheduled pass: chains what is pending unless another chainer holds the head; the number chained. A failure
     * is logged by the scheduler; the entries stay pending, committed, and the next pass chains them.
     */
    @Scheduled(fixedDelayString = "${onevisit.audit.chain-delay:PT0.1S}")
    synchronized int pass() {
        long after = 0;
        if (++passesSinceFull < PASSES_PER_FULL_PASS) {
            after = chainedUpTo;
        } else {
            passesSinceFull = 0;
        }
        return chainAfter(after, Claim.SKIP);
    }

    /** Chains every committed pending entry now; the number chained. Never inside a transaction. */
    int chainPending() {
        refuseInsideTransaction("Chaining the audit trail");
        return chainAfter(0, Claim.WAIT);
    }

    /**
     * The chainer works in short transactions of its own, each on a connection of its own. A thread inside a
     * transaction holds a connection already: it would wait for a second one, and enough such threads at once would
     * hold every connection of the pool and wait for ever. So what chains (readers of the trail, direct appends, the
     * checkpoints) is refused there, and runs on threads that hold none: requests, timers, the command line.
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
     * frequent passes so start after the last id this node chained, and a full pass now and then picks up the entries
     * of transactions that committed after one with a higher id had been chained.
     */
    private int chainAfter(long afterId, Claim claim) {
        int total = 0;
        int chained;
        do {
            Integer batch = ownTransaction.execute(tx -> chainBatch(afterId, claim));
            chained = batch == null ? 0 : batch;
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    private int chainBatch(long afterId, Claim claim) {
        Optional<AuditRecords.Head> claimed = claim == Claim.WAIT ? Optional.of(records.lockHead())
                : records.claimHead();
        if (claimed.isEmpty()) {
            return 0;
        }
        AuditRecords.Head head = claimed.get();
        List<PendingEntry> pending = records.claimPending(afterId, BATCH);
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
}
