package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.audit.ChainProblem.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The five ways someone with access to the database can tamper with the audit trail, each found by the verification:
 * an entry edited, deleted or reordered breaks the hash chain; a trail cut short with its head moved back, or rewritten
 * with every later hash recomputed, keeps an intact hash chain but no longer matches the checkpoints the centre's key
 * signed. Each test signs a checkpoint after its first entry and after its last, tampers, verifies and puts every row
 * back (the database is shared).
 */
@SpringBootTest
class AuditTamperingTests {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    JdbcClient jdbc;

    private final String caseNumber = "X" + UUID.randomUUID();
    private long first;
    private long second;
    private long last;

    @BeforeEach
    void three_entries_signed_after_the_first_and_after_the_last() {
        first = trail.append(change("submit", "SUBMITTED")).seq();
        assertThat(checkpoints.checkpoint()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(first));
        second = trail.append(change("accept", "ACCEPTED")).seq();
        last = trail.append(change("decide", "APPROVED")).seq();
        assertThat(checkpoints.checkpoint()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(last));
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void an_edited_entry_is_found() {
        try (var saved = Tampering.keep(jdbc, second)) {
            jdbc.sql("UPDATE audit_record SET after_text = ? WHERE seq = ?").params("{\"status\":\"REFUSED\"}", second).update();

            assertThat(trail.verify().problems()).containsExactly(
                    new ChainProblem(Kind.EDITED, second, second, List.of("case " + caseNumber)));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_deleted_entry_is_found() {
        try (var saved = Tampering.keep(jdbc, second)) {
            jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(second).update();

            assertThat(trail.verify().problems()).containsExactly(new ChainProblem(Kind.DELETED, second, second, List.of()));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void reordered_entries_are_found() {
        try (var saved = Tampering.keep(jdbc, second, last)) {
            Tampering.swap(jdbc, second, last);

            assertThat(trail.verify().problems()).extracting(ChainProblem::kind).contains(Kind.REORDERED);
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_trail_cut_short_with_its_head_moved_back_is_found_truncated() {
        try (var saved = Tampering.keep(jdbc, second, last)) {
            Tampering.truncateAfter(jdbc, first);

            assertThat(trail.verify().problems()).containsExactly(new ChainProblem(Kind.TRUNCATED, second, last, List.of()));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void a_trail_rewritten_with_every_later_hash_recomputed_is_found_rewritten() {
        try (var saved = Tampering.keep(jdbc, second, last)) {
            Tampering.rewrite(jdbc, second, "{\"status\":\"REFUSED\"}");

            ChainVerification result = trail.verify();
            assertThat(result.problems()).containsExactly(
                    new ChainProblem(Kind.REWRITTEN, first + 1, last, List.of("case " + caseNumber)));
            assertThat(result.checkpointsCompared()).isGreaterThanOrEqualTo(2);
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    private AuditedChange change(String action, String status) {
        return new AuditedChange("case", caseNumber, action, "clerk1", "COUNTER", Map.of(), Map.of("status", status), AT);
    }
}
