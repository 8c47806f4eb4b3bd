package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onevisit.audit.AuditedChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chainer as several nodes run it: chainers of their own on one database and one connection pool, each pass
 * claiming the chain head with {@code SKIP LOCKED} while changes keep committing, leave one valid chain with every
 * change on it once; and a pass that finds the head held by another chainer ends at once.
 */
@SpringBootTest
class AuditChainerTests {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    private final String caseNumber = "R" + UUID.randomUUID();

    @Test
    void two_nodes_chaining_while_four_threads_commit_changes_leave_one_valid_chain_with_every_change_once()
            throws Exception {
        List<AuditChainer> nodes = List.of(new AuditChainer(records, transactionManager),
                new AuditChainer(records, transactionManager));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger chained = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    transactions.executeWithoutResult(tx -> events.publishEvent(new AuditedChange("case", caseNumber,
                            "note", "clerk" + thread, "COUNTER", Map.of(), Map.of("n", thread + "-" + n), AT)));
                }
                return null;
            });
        }
        for (AuditChainer node : nodes) {
            for (int t = 0; t < 2; t++) {
                work.add(() -> {
                    while (writing.get()) {
                        chained.addAndGet(node.pass());
                    }
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Void>> done = work.stream().map(pool::submit).toList();
            for (Future<Void> writer : done.subList(0, 4)) {
                writer.get();
            }
            writing.set(false);
            for (Future<Void> chainer : done.subList(4, done.size())) {
                chainer.get();
            }
        } finally {
            pool.shutdown();
        }
        chained.addAndGet(nodes.get(0).chainPending());

        assertThat(chained.get()).as("entries chained by all passes together").isGreaterThanOrEqualTo(200);
        List<AuditRecord> history = trail.history("case", caseNumber);
        assertThat(history).hasSize(200);
        assertThat(history).extracting(r -> r.after().get("n")).doesNotHaveDuplicates();
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_pass_that_finds_the_head_held_by_another_chainer_ends_at_once_and_the_next_one_chains()
            throws Exception {
        transactions.executeWithoutResult(tx -> events.publishEvent(new AuditedChange("case", caseNumber, "note",
                "clerk", "COUNTER", Map.of(), Map.of(), AT)));
        AuditChainer node = new AuditChainer(records, transactionManager);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> transactions.executeWithoutResult(tx -> {
                records.lockHead();
                held.countDown();
                await(release);
            }));
            held.await();

            assertThat(node.pass()).isZero();

            release.countDown();
            holder.get();
        } finally {
            other.shutdown();
        }
        assertThat(node.pass()).isPositive();
        assertThat(trail.history("case", caseNumber)).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
