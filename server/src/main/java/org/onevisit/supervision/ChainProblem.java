package org.onevisit.supervision;

import java.util.List;

/**
 * One thing wrong with the audit trail, found by a verification.
 *
 * @param kind what was done to the trail
 * @param fromSeq the first position involved
 * @param toSeq the last position involved (equal to {@code fromSeq} when one entry is involved)
 * @param subjects the records involved that are still there, e.g. {@code case 3309992026...}
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
        /** The last entries the chain head counts are missing, or the last one was replaced. */
        TRUNCATED
    }

    public ChainProblem {
        subjects = List.copyOf(subjects);
    }
}
