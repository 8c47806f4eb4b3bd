package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.onevisit.supervision.ChainProblem.Kind;

/** The verification rules on a chain held in memory; the same tampering on the database is in AuditTrailTests. */
class ChainWalkTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void an_untouched_chain_is_intact() {
        ChainVerification result = verify(chain(6));
        assertThat(result.ok()).isTrue();
        assertThat(result.recordsChecked()).isEqualTo(6);
        assertThat(result.summary()).isEqualTo("Audit trail intact: 6 records checked");
    }

    @Test
    void an_edited_entry_is_reported_alone() {
        List<StoredEntry> chain = chain(6);
        chain.set(2, with(chain.get(2), e -> new StoredEntry(e.seq(), e.subject(), e.subjectId(), e.action(), e.actor(),
                e.channel(), e.beforeText(), "{\"status\":\"REFUSED\"}", e.at(), e.prevHash(), e.hash())));
        assertThat(verify(chain).problems()).containsExactly(new ChainProblem(Kind.EDITED, 3, 3, List.of("case C-3")));
    }

    @Test
    void a_deleted_entry_is_reported_as_the_gap_it_leaves() {
        List<StoredEntry> chain = chain(6);
        chain.remove(3);
        assertThat(verify(chain).problems()).containsExactly(new ChainProblem(Kind.DELETED, 4, 4, List.of()));
    }

    @Test
    void a_deleted_entry_whose_gap_was_closed_is_still_found() {
        List<StoredEntry> chain = chain(6);
        chain.remove(3);
        for (int i = 3; i < chain.size(); i++) {
            chain.set(i, renumbered(chain.get(i), i + 1));
        }
        assertThat(verify(chain, 5, chain.get(4).hash()).problems())
                .containsExactly(new ChainProblem(Kind.DELETED, 4, 4, List.of("case C-5")));
    }

    @Test
    void two_entries_with_swapped_seq_are_reported_as_reordered() {
        List<StoredEntry> chain = chain(6);
        StoredEntry third = chain.get(2);
        StoredEntry fourth = chain.get(3);
        chain.set(2, renumbered(fourth, 3));
        chain.set(3, renumbered(third, 4));
        assertThat(verify(chain).problems())
                .containsExactly(new ChainProblem(Kind.REORDERED, 3, 4, List.of("case C-4", "case C-3")));
    }

    @Test
    void the_last_two_entries_swapped_are_reordered_not_truncated() {
        List<StoredEntry> chain = chain(4);
        StoredEntry third = chain.get(2);
        StoredEntry fourth = chain.get(3);
        chain.set(2, renumbered(fourth, 3));
        chain.set(3, renumbered(third, 4));
        assertThat(verify(chain, 4, fourth.hash()).problems()).extracting(ChainProblem::kind).containsExactly(Kind.REORDERED);
    }

    @Test
    void a_deleted_last_entry_is_reported_against_the_chain_head() {
        List<StoredEntry> chain = chain(5);
        String headHash = chain.remove(4).hash();
        ChainVerification result = verify(chain, 5, headHash);
        assertThat(result.problems()).containsExactly(new ChainProblem(Kind.TRUNCATED, 5, 5, List.of()));
        assertThat(result.summary()).isEqualTo("Audit trail BROKEN: 4 records checked, 1 problem(s): TRUNCATED 5;");
    }

    @Test
    void a_replaced_entry_with_a_recomputed_hash_breaks_the_link_of_the_next() {
        List<StoredEntry> chain = chain(5);
        StoredEntry original = chain.get(1);
        chain.set(1, entry(2, original.prevHash(), "{\"status\":\"FORGED\"}"));
        assertThat(verify(chain).problems()).containsExactly(new ChainProblem(Kind.DELETED, 3, 3, List.of("case C-3")));
    }

    private static ChainVerification verify(List<StoredEntry> chain) {
        StoredEntry last = chain.get(chain.size() - 1);
        return verify(chain, last.seq(), last.hash());
    }

    private static ChainVerification verify(List<StoredEntry> chain, long headSeq, String headHash) {
        ChainWalk walk = new ChainWalk(0, AuditHash.GENESIS);
        chain.forEach(walk::accept);
        return walk.finish(headSeq, headHash);
    }

    private static List<StoredEntry> chain(int length) {
        List<StoredEntry> chain = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            StoredEntry entry = entry(seq, prev, "{\"status\":\"S" + seq + "\"}");
            chain.add(entry);
            prev = entry.hash();
        }
        return chain;
    }

    private static StoredEntry entry(long seq, String prev, String after) {
        String subjectId = "C-" + seq;
        Instant at = MONDAY.plusSeconds(seq);
        String hash = AuditHash.of(prev, "case", subjectId, "accept", "clerk1", "COUNTER", at, "{}", after);
        return new StoredEntry(seq, "case", subjectId, "accept", "clerk1", "COUNTER", "{}", after, at, prev, hash);
    }

    private static StoredEntry renumbered(StoredEntry e, long seq) {
        return with(e, x -> new StoredEntry(seq, x.subject(), x.subjectId(), x.action(), x.actor(), x.channel(),
                x.beforeText(), x.afterText(), x.at(), x.prevHash(), x.hash()));
    }

    private static StoredEntry with(StoredEntry e, UnaryOperator<StoredEntry> change) {
        return change.apply(e);
    }
}
