package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.RoundTrips;
import org.onevisit.audit.ChainProblem.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the database: changes arrive as events in the publisher's transaction, the chain
 * verifies, and tampering with the rows by SQL is found and named. The database is shared with every other
 * test, so each test uses its own case numbers and puts back every row it tampered with before it ends.
 */
@SpringBootTest
class AuditTrailTests {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00.123456789Z");

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditRecords records;

    @Autowired
    private RoundTrips roundTrips;

    private final String caseNumber = "T" + UUID.randomUUID();

    @Test
    void a_change_published_in_a_transaction_is_appended_and_the_chain_verifies() {
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(change(caseNumber, "submit", Map.of(), Map.of("status", "SUBMITTED")));
            events.publishEvent(change(caseNumber, "accept", Map.of("status", "SUBMITTED"), Map.of("status", "ACCEPTED")));
        });

        List<AuditRecord> history = trail.history("case", caseNumber);
        assertThat(history).extracting(AuditRecord::action).containsExactly("submit", "accept");
        assertThat(history.get(1).seq()).isEqualTo(history.get(0).seq() + 1);
        assertThat(history.get(1).prevHash()).isEqualTo(history.get(0).hash());
        assertThat(history.get(1).before()).containsEntry("status", "SUBMITTED");
        assertThat(history.get(0).at()).isEqualTo(Instant.parse("2026-03-02T01:30:00.123456Z"));
        assertThat(trail.verify().problems()).isEmpty();
        assertThat(trail.verify(history.get(0).seq(), history.get(1).seq()))
                .isEqualTo(new ChainVerification(true, 2, 0, List.of()));
    }

    @Test
    void a_change_rolled_back_leaves_no_entry() {
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(change(caseNumber, "accept", Map.of(), Map.of("status", "ACCEPTED")));
            tx.setRollbackOnly();
        });
        assertThat(trail.history("case", caseNumber)).isEmpty();
    }

    @Test
    void a_change_that_cannot_be_recorded_is_not_made_either() {
        AuditedChange noActor = new AuditedChange("case", caseNumber, "accept", " ", "COUNTER", Map.of(), Map.of(), AT);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> events.publishEvent(noActor)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("audit-change-invalid"));
    }

    @Test
    void the_trail_is_neither_read_nor_appended_to_inside_a_transaction_where_it_would_take_a_second_connection() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> trail.history("case", caseNumber)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("connection");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> trail.append(change(caseNumber, "note",
                Map.of(), Map.of())))).isInstanceOf(IllegalStateException.class);
        assertThat(trail.history("case", caseNumber)).isEmpty();
    }

    @Test
    void personal_data_is_masked_even_when_the_publisher_forgot() {
        trail.append(change(caseNumber, "correct", Map.of("phone", "13812341234"),
                Map.of("phone", "13912345678", "idNumber", "11010519491231002X", "address", "浙江省杭州市西湖区文三路1号")));

        AuditRecord entry = trail.history("case", caseNumber).get(0);
        assertThat(entry.before()).containsEntry("phone", "138****1234");
        assertThat(entry.after()).containsEntry("phone", "139****5678").containsEntry("idNumber", "110105********002X")
                .containsEntry("address", "浙江省杭州市****");
        String stored = jdbc.sql("SELECT after_text FROM audit_record WHERE seq = ?").param(entry.seq()).query(String.class).single();
        assertThat(stored).doesNotContain("13912345678", "19491231");
    }

    @Test
    void an_edited_entry_is_found() {
        long seq = appendThree().get(1).seq();
        try (var saved = Tampering.keep(jdbc, seq)) {
            jdbc.sql("UPDATE audit_record SET after_text = ? WHERE seq = ?").param("{\"status\":\"REFUSED\"}").param(seq).update();

            assertThat(trail.verify().problems()).containsExactly(
                    new ChainProblem(Kind.EDITED, seq, seq, List.of("case " + caseNumber)));
            assertThat(trail.verify(seq - 1, seq + 1).problems()).extracting(ChainProblem::kind).containsExactly(Kind.EDITED);
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_deleted_entry_in_the_middle_is_found() {
        long seq = appendThree().get(1).seq();
        try (var saved = Tampering.keep(jdbc, seq)) {
            jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(seq).update();

            assertThat(trail.verify().problems()).containsExactly(new ChainProblem(Kind.DELETED, seq, seq, List.of()));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void entries_with_swapped_seq_values_are_found_reordered() {
        List<AuditRecord> three = appendThree();
        long first = three.get(0).seq();
        long second = three.get(1).seq();
        try (var saved = Tampering.keep(jdbc, first, second)) {
            Tampering.swap(jdbc, first, second);

            assertThat(trail.verify().problems()).containsExactly(
                    new ChainProblem(Kind.REORDERED, first, second, List.of("case " + caseNumber, "case " + caseNumber)));
            assertThat(trail.history("case", caseNumber)).extracting(AuditRecord::action)
                    .containsExactly("accept", "submit", "decide");
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_deleted_last_entry_is_found_against_the_chain_head() {
        long last = appendThree().get(2).seq();
        try (var saved = Tampering.keep(jdbc, last)) {
            jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(last).update();

            ChainVerification result = trail.verify();
            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).containsExactly(new ChainProblem(Kind.TRUNCATED, last, last, List.of()));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void appends_from_four_threads_at_once_make_one_gapless_valid_chain() throws Exception {
        int perThread = 25;
        List<Callable<Void>> appenders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String actor = "clerk" + t;
            appenders.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    trail.append(new AuditedChange("case", caseNumber, "note", actor, "COUNTER", Map.of(),
                            Map.of("n", String.valueOf(i)), AT));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(appenders)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditRecord> history = trail.history("case", caseNumber);
        assertThat(history).hasSize(4 * perThread);
        long first = history.get(0).seq();
        assertThat(history).extracting(AuditRecord::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.range(first, first + 4L * perThread).boxed().toList());
        assertThat(trail.verify(first, first + 4L * perThread - 1)).isEqualTo(new ChainVerification(true, 100, 0, List.of()));
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void changes_of_four_threads_are_chained_after_their_commits_and_a_rolled_back_change_leaves_no_entry()
            throws Exception {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    int n = i;
                    transactions.executeWithoutResult(tx -> {
                        events.publishEvent(change(caseNumber, "note", Map.of(), Map.of("n", thread + "-" + n)));
                        if (n % 5 == 4) {
                            tx.setRollbackOnly();
                        }
                    });
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditRecord> history = trail.history("case", caseNumber);
        assertThat(history).hasSize(4 * 8);
        assertThat(history).extracting(r -> r.after().get("n")).doesNotContain("0-4", "1-9", "2-4", "3-9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_pending").query(Long.class).single()).isZero();
        assertThat(trail.verify().ok()).isTrue();
    }

    private List<AuditRecord> appendThree() {
        return List.of(trail.append(change(caseNumber, "submit", Map.of(), Map.of("status", "SUBMITTED"))),
                trail.append(change(caseNumber, "accept", Map.of("status", "SUBMITTED"), Map.of("status", "ACCEPTED"))),
                trail.append(change(caseNumber, "decide", Map.of("status", "ACCEPTED"), Map.of("status", "APPROVED"))));
    }

    static AuditedChange change(String caseNumber, String action, Map<String, String> before, Map<String, String> after) {
        return new AuditedChange("case", caseNumber, action, "clerk1", "COUNTER", before, after, AT);
    }

    @Test
    void an_entry_committed_after_a_later_one_was_chained_is_chained_all_the_same() throws Exception {
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // the late entry takes its id first, and commits after the early one with a higher id is chained
            Future<?> late = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                roundTrips.send(List.of(records.pendingInsert(new PendingEntry(0, "case", caseNumber, "late", "clerk",
                        "COUNTER", "{}", "{}", AT))));
                written.countDown();
                await(commit);
            }));
            written.await();
            transactions.executeWithoutResult(tx -> events.publishEvent(change(caseNumber, "early", Map.of(), Map.of())));
            assertThat(trail.history("case", caseNumber)).extracting(AuditRecord::action).containsExactly("early");
            commit.countDown();
            late.get();
        } finally {
            pool.shutdown();
        }

        assertThat(trail.history("case", caseNumber)).extracting(AuditRecord::action).containsExactly("early", "late");
        assertThat(trail.verify().ok()).isTrue();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
