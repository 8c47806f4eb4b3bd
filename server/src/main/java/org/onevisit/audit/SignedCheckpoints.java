package org.onevisit.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The checkpoints a verification compares the chain with, gathered from wherever they are kept: the seq and head hash
 * of each one the centre's key signed, each counted once however many copies were found; and a
 * {@link ChainProblem.Kind#CHECKPOINT_INVALID} problem for each that does not verify — unreadable, signed by a key the
 * centre does not hold, or signed over other values than it shows.
 */
final class SignedCheckpoints {

    private final @Nullable CheckpointKey key;
    private final NavigableMap<Long, String> hashes;
    private final List<ChainProblem> problems;
    private final Set<String> seen = new HashSet<>();

    SignedCheckpoints(CheckpointKey key) {
        this(key, new TreeMap<>(), new ArrayList<>());
    }

    private SignedCheckpoints(@Nullable CheckpointKey key, NavigableMap<Long, String> hashes, List<ChainProblem> problems) {
        this.key = key;
        this.hashes = hashes;
        this.problems = problems;
    }

    /** No checkpoints: the chain is checked against its head only. */
    static SignedCheckpoints none() {
        return new SignedCheckpoints(null, Collections.emptyNavigableMap(), List.of());
    }

    /** A checkpoint read at {@code source} (a file and line, the database), or none when the text was not one. */
    void add(String source, Optional<AuditCheckpoint> read) {
        read.ifPresentOrElse(checkpoint -> add(source, checkpoint), () -> invalid(0, source));
    }

    void add(String source, AuditCheckpoint checkpoint) {
        if (key == null || !seen.add(checkpoint.line())) {
            return;
        }
        if (!key.signed(checkpoint)) {
            invalid(checkpoint.seq(), checkpoint.keyId().equals(key.keyId()) ? source
                    : source + " (key " + checkpoint.keyId() + ")");
        } else {
            hashes.putIfAbsent(checkpoint.seq(), checkpoint.headHash());
        }
    }

    /** A source of checkpoints that could not be read at all, such as a missing export file. */
    void unreadable(String source) {
        invalid(0, source);
    }

    /** The same checkpoints, only those from after {@code afterSeq} up to {@code toSeq} compared with the chain. */
    SignedCheckpoints within(long afterSeq, long toSeq) {
        return new SignedCheckpoints(key, hashes.subMap(afterSeq, false, toSeq, true), problems);
    }

    /** The head hash signed at each seq. */
    NavigableMap<Long, String> hashes() {
        return Collections.unmodifiableNavigableMap(hashes);
    }

    List<ChainProblem> problems() {
        return List.copyOf(problems);
    }

    private void invalid(long seq, String source) {
        problems.add(new ChainProblem(ChainProblem.Kind.CHECKPOINT_INVALID, seq, seq, List.of(source)));
    }
}
