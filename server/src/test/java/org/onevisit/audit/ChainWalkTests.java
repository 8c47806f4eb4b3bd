package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.onevisit.platform.SigningKey;
import org.onevisit.audit.ChainProblem.Kind;

/**
 * The verification rules on a chain held in memory, with checkpoints signed by a key of the test's own; the same
 * tampering on the database is in AuditTrailTests and AuditCheckpointTests.
 */
class ChainWalkTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T01:30:00Z");
    private static final CheckpointKey KEY = key();

    private static CheckpointKey key() {
        try {
            return new CheckpointKey(new SigningKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_untouched_chain_is_intact() {
        ChainVerification result = verify(chain(6));
        assertThat(result.ok()).isTrue();
        assertThat(result.recordsChecked()).isEqualTo(6);
        assertThat(result.summary()).isEqualTo("Audit trail intact: 6 records checked against 0 signed checkpoints");
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
        assertThat(result.summary()).isEqualTo("Audit trail BROKEN: 4 records checked against 0 signed checkpoints, 1 problem(s): TRUNCATED 5;");
    }

    @Test
    void a_replaced_entry_with_a_recomputed_hash_breaks_the_link_of_the_next() {
        List<StoredEntry> chain = chain(5);
        StoredEntry original = chain.get(1);
        chain.set(1, entry(2, original.prevHash(), "{\"status\":\"FORGED\"}"));
        assertThat(verify(chain).problems()).containsExactly(new ChainProblem(Kind.DELETED, 3, 3, List.of("case C-3")));
    }

    @Test
    void a_trail_cut_short_with_its_head_moved_back_is_truncated_up_to_the_last_signed_checkpoint() {
        List<StoredEntry> chain = chain(6);
        SignedCheckpoints signed = signed(chain.get(5));
        List<StoredEntry> cut = chain.subList(0, 4);

        assertThat(verify(cut).problems()).isEmpty();
        assertThat(verify(cut, signed).problems()).containsExactly(new ChainProblem(Kind.TRUNCATED, 5, 6, List.of()));
    }

    @Test
    void a_trail_rewritten_with_every_later_hash_recomputed_no_longer_matches_its_signed_checkpoints() {
        List<StoredEntry> chain = chain(6);
        SignedCheckpoints signed = signed(chain.get(1), chain.get(3), chain.get(5));
        List<StoredEntry> rewritten = new ArrayList<>(chain.subList(0, 2));
        for (int seq = 3; seq <= 6; seq++) {
            rewritten.add(entry(seq, rewritten.get(seq - 2).hash(), seq == 3 ? "{\"status\":\"FORGED\"}"
                    : chain.get(seq - 1).afterText()));
        }

        assertThat(verify(rewritten).problems()).isEmpty();
        ChainVerification result = verify(rewritten, signed);
        assertThat(result.problems()).containsExactly(new ChainProblem(Kind.REWRITTEN, 3, 4, List.of("case C-4")));
        assertThat(result.checkpointsCompared()).isEqualTo(3);
        assertThat(result.chainBroken()).isTrue();
    }

    @Test
    void an_untouched_trail_matches_its_signed_checkpoints() {
        List<StoredEntry> chain = chain(6);
        ChainVerification result = verify(chain, signed(chain.get(2), chain.get(5)));
        assertThat(result.ok()).isTrue();
        assertThat(result.summary()).isEqualTo("Audit trail intact: 6 records checked against 2 signed checkpoints");
    }

    @Test
    void a_checkpoint_whose_values_are_not_those_signed_or_whose_key_is_unknown_is_reported_and_not_compared()
            throws Exception {
        List<StoredEntry> chain = chain(4);
        AuditCheckpoint honest = KEY.sign(4, chain.get(3).hash(), MONDAY);
        AuditCheckpoint moved = new AuditCheckpoint(6, honest.headHash(), honest.at(), honest.keyId(), honest.signature());
        AuditCheckpoint foreign = new CheckpointKey(new SigningKey(KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair())).sign(6, chain.get(3).hash(), MONDAY);
        SignedCheckpoints signed = new SignedCheckpoints(KEY);
        signed.add("file.jsonl:1", moved);
        signed.add("file.jsonl:2", foreign);
        signed.add("file.jsonl:3", java.util.Optional.empty());
        signed.add("database seq 4", honest);

        ChainVerification result = verify(chain, signed);

        assertThat(result.problems()).containsExactly(
                new ChainProblem(Kind.CHECKPOINT_INVALID, 0, 0, List.of("file.jsonl:3")),
                new ChainProblem(Kind.CHECKPOINT_INVALID, 6, 6, List.of("file.jsonl:1")),
                new ChainProblem(Kind.CHECKPOINT_INVALID, 6, 6, List.of("file.jsonl:2 (key " + foreign.keyId() + ")")));
        assertThat(result.checkpointsCompared()).isEqualTo(1);
        assertThat(result.chainBroken()).isFalse();
    }

    @Test
    void a_checkpoint_found_in_several_places_is_compared_once() {
        List<StoredEntry> chain = chain(3);
        AuditCheckpoint checkpoint = KEY.sign(3, chain.get(2).hash(), MONDAY);
        SignedCheckpoints signed = new SignedCheckpoints(KEY);
        signed.add("file.jsonl:1", checkpoint);
        signed.add("database seq 3", checkpoint);
        signed.add("export.jsonl:7", checkpoint);

        assertThat(verify(chain, signed)).isEqualTo(new ChainVerification(true, 3, 1, List.of()));
    }

    private static SignedCheckpoints signed(StoredEntry... heads) {
        SignedCheckpoints signed = new SignedCheckpoints(KEY);
        for (StoredEntry head : heads) {
            signed.add("file.jsonl:" + head.seq(), KEY.sign(head.seq(), head.hash(), MONDAY.plusSeconds(60 * head.seq())));
        }
        return signed;
    }

    private static ChainVerification verify(List<StoredEntry> chain, SignedCheckpoints signed) {
        StoredEntry last = chain.get(chain.size() - 1);
        ChainWalk walk = new ChainWalk(0, AuditHash.GENESIS, signed);
        chain.forEach(walk::accept);
        return walk.finish(last.seq(), last.hash());
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
