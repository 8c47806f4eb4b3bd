package org.onevisit.audit;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the chain head at checkpoints ({@link AuditCheckpoint}): every minute while the trail grows
 * ({@code onevisit.audit.checkpoint-interval}), and when the application shuts down gracefully, after the web server
 * has stopped taking requests and what they recorded is chained. Nothing is signed while the trail has not grown.
 * Nodes line up on the chain head's row lock, the lock chainers take, so of several nodes at the same minute one signs
 * and the others find nothing new.
 */
@Component
class AuditCheckpoints implements SmartLifecycle {

    /** Stops after the web server (whose phases are higher), before the connections close (after every phase). */
    static final int PHASE = 0;
    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final AuditChainer chainer;
    private final AuditRecords records;
    private final Checkpoints checkpoints;
    private final CheckpointKey key;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile boolean running;

    AuditCheckpoints(AuditChainer chainer, AuditRecords records, Checkpoints checkpoints, CheckpointKey key,
            PlatformTransactionManager transactions, Clock clock) {
        this.chainer = chainer;
        this.records = records;
        this.checkpoints = checkpoints;
        this.key = key;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The timer: a failure is logged by the scheduler, and the next interval tries again. */
    @Scheduled(fixedRateString = "${onevisit.audit.checkpoint-interval:PT1M}")
    void everyInterval() {
        checkpoint();
    }

    /**
     * Chains what is pending and signs the head, if the trail has grown since the last checkpoint: the checkpoint, kept
     * in the folder (forced to disk) and then in the database, or none.
     */
    Optional<AuditCheckpoint> checkpoint() {
        chainer.chainPending();
        return Optional.ofNullable(ownTransaction.execute(tx -> {
            AuditRecords.Head head = records.lockHead();
            if (head.lastSeq() <= checkpoints.lastSeq()) {
                return null;
            }
            AuditCheckpoint signed = key.sign(head.lastSeq(), head.lastHash(), clock.instant());
            checkpoints.keep(signed);
            return signed;
        }));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            checkpoint().ifPresent(c -> log.info("Signed the audit trail's last checkpoint at seq {}", c.seq()));
        } catch (RuntimeException e) {
            log.error("The audit trail's checkpoint at shutdown could not be signed or kept: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
