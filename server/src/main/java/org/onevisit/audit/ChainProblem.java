package org.onevisit.audit;

import java.util.List;

/**
 * One thing wrong with the audit trail, found by a verification.
 *
 * @param kind what was done to the trail
 * @param fromSeq the first position involved
 * @param toSeq the last position involved (equal to {@code fromSeq} when one entry is involved)
 * @param subjects the records involved that are still there, e.g. {@code case 3309992026...}; for a checkpoint, where
 *        it was found, e.g. {@code audit-checkpoints-2026-10.jsonl:12}
 */
public record ChainProblem(Kind kind, long fromSeq, long toSeq, List<String> subjects) {

    /** The kinds of tampering a verification tells apart. */
    public enum Kind {
        /** An entry's content no longer matches its hash. */
        EDITED,
        /** Entries are missing from the middle of the trail: a gap in seq, or a broken link to an intact entry. */
        DELETED,
        /** Entries are intact but stand in the wrong order, e.g. their seq values were swapped. */
        REORDERED,
        /**
         * The last entries are missing: the chain ends before the seq the chain head counts or a signed checkpoint
         * counted (even when the head was moved back), or the last one was replaced.
         */
        TRUNCATED,
        /**
         * Entries were rewritten up to a signed checkpoint: the entry at its seq no longer has the hash it signed,
         * even though every hash after the change may have been recomputed. The range runs from after the last
         * checkpoint that still matches to the first that no longer does.
         */
        REWRITTEN,
        /**
         * A checkpoint does not verify: unreadable, signed by a key the centre does not hold, or signed over other
         * values than it shows (its file, or the database's copy, was altered). The records name where it was found.
         */
        CHECKPOINT_INVALID
    }

    public ChainProblem {
        subjects = List.copyOf(subjects);
    }
}
