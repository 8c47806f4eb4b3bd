package org.onevisit.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Walks the audit trail in seq order, one entry at a time, and tells what was done to it. It keeps only a
 * window of recent hashes, so a trail of any length is verified in bounded memory: an entry moved further
 * than the window is reported as deleted where it was taken from.
 *
 * <p>Each problem is reported once: after a broken link the walk follows the chain from the entry it found,
 * so one deletion does not make every later entry look wrong.
 *
 * <p>The chain is also compared with the signed checkpoints: the entry at a checkpoint's seq must still have the hash
 * it signed, and the chain must reach the last checkpoint's seq. The hash chain alone cannot tell a trail rewritten
 * with every hash recomputed, or cut short with its head moved back, from an honest one; a signature made with a key
 * kept outside the database can.
 */
final class ChainWalk {

    static final int WINDOW = 10_000;

    /** Recent hashes and where they stand, to recognise a link to an entry that stands elsewhere. */
    private final Map<String, StoredEntry> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredEntry> eldest) {
            return size() > WINDOW;
        }
    };
    /** Links to an entry not seen yet: the hash wanted and the entry that wants it. */
    private final Map<String, StoredEntry> awaited = new HashMap<>();
    private final Set<Long> reordered = new HashSet<>();
    private final List<ChainProblem> problems = new ArrayList<>();
    private final SignedCheckpoints signed;
    private final NavigableMap<Long, String> signedHashes;
    private long lastSeq;
    private String lastHash;
    private boolean lastIntact = true;
    private long checked;
    /** The seq of the last checkpoint the chain still matched, and whether the checkpoints since have not. */
    private long matchedUpTo;
    private boolean rewriting;

    /** Starts after the entry at {@code seq} with the given hash: 0 and 64 zeros for the whole trail. */
    ChainWalk(long seq, String hash) {
        this(seq, hash, SignedCheckpoints.none());
    }

    /** As {@link #ChainWalk(long, String)}, comparing the entries with the signed checkpoints as well. */
    ChainWalk(long seq, String hash, SignedCheckpoints signed) {
        this.lastSeq = seq;
        this.lastHash = hash;
        this.matchedUpTo = seq;
        this.signed = signed;
        this.signedHashes = signed.hashes();
    }

    void accept(StoredEntry entry) {
        checked++;
        boolean intact = AuditHash.of(entry).equals(entry.hash());
        if (!intact) {
            problems.add(new ChainProblem(ChainProblem.Kind.EDITED, entry.seq(), entry.seq(), List.of(entry.label())));
        }
        StoredEntry waiting = awaited.remove(entry.hash());
        if (waiting != null) {
            reorder(entry, waiting);
        }
        if (entry.seq() != lastSeq + 1) {
            problems.add(new ChainProblem(ChainProblem.Kind.DELETED, lastSeq + 1, entry.seq() - 1, List.of()));
        } else if (!entry.prevHash().equals(lastHash) && lastIntact) {
            StoredEntry predecessor = recent.get(entry.prevHash());
            if (predecessor == null) {
                awaited.put(entry.prevHash(), entry);
            } else if (!reordered.contains(entry.seq()) && !reordered.contains(predecessor.seq())) {
                reorder(predecessor, entry);
            }
        }
        compareWithCheckpoint(entry);
        recent.put(entry.hash(), entry);
        lastSeq = entry.seq();
        lastHash = entry.hash();
        lastIntact = intact;
    }

    /**
     * Ends the walk against the chain head, which every append moves forward with the entry it adds.
     *
     * @param headSeq the seq the head counts, or the last seq of a verified range
     * @param headHash the hash the head holds, or null where a range ends before the head
     */
    ChainVerification finish(long headSeq, @Nullable String headHash) {
        awaited.values().forEach(entry -> problems.add(
                new ChainProblem(ChainProblem.Kind.DELETED, entry.seq(), entry.seq(), List.of(entry.label()))));
        long counted = signedHashes.isEmpty() ? headSeq : Math.max(headSeq, signedHashes.lastKey());
        if (counted > lastSeq) {
            problems.add(new ChainProblem(ChainProblem.Kind.TRUNCATED, lastSeq + 1, counted, List.of()));
        } else if (headHash != null && !headHash.equals(lastHash) && !reordered.contains(lastSeq)) {
            StoredEntry last = recent.get(lastHash);
            problems.add(new ChainProblem(ChainProblem.Kind.TRUNCATED, lastSeq, lastSeq,
                    last == null ? List.of() : List.of(last.label())));
        }
        problems.addAll(signed.problems());
        problems.sort(Comparator.comparingLong(ChainProblem::fromSeq).thenComparing(ChainProblem::kind));
        return new ChainVerification(problems.isEmpty(), checked, signedHashes.size(), problems);
    }

    long lastSeq() {
        return lastSeq;
    }

    /**
     * An entry at a checkpoint's seq whose hash is not the one signed was rewritten, with everything after it up to
     * there; one problem for each run of checkpoints that no longer match.
     */
    private void compareWithCheckpoint(StoredEntry entry) {
        String signedHash = signedHashes.get(entry.seq());
        if (signedHash == null) {
            return;
        }
        if (signedHash.equals(entry.hash())) {
            matchedUpTo = entry.seq();
            rewriting = false;
        } else if (!rewriting) {
            rewriting = true;
            problems.add(new ChainProblem(ChainProblem.Kind.REWRITTEN, matchedUpTo + 1, entry.seq(), List.of(entry.label())));
        }
    }

    private void reorder(StoredEntry first, StoredEntry second) {
        StoredEntry low = first.seq() <= second.seq() ? first : second;
        StoredEntry high = low == first ? second : first;
        reordered.add(low.seq());
        reordered.add(high.seq());
        problems.add(new ChainProblem(ChainProblem.Kind.REORDERED, low.seq(), high.seq(), List.of(low.label(), high.label())));
    }
}
