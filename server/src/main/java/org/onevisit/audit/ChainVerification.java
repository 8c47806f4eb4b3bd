package org.onevisit.audit;

import java.util.List;

/**
 * The outcome of verifying the audit trail (审计链校验).
 *
 * @param ok true when every entry matches its hash, the chain is complete and in order, and it matches every signed
 *        checkpoint, each of which verifies
 * @param recordsChecked how many entries were read
 * @param checkpointsCompared how many signed checkpoints the chain was compared with; with none, a trail rewritten
 *        whole with every hash recomputed would go unnoticed
 * @param problems what was found, in the order of the trail
 */
public record ChainVerification(boolean ok, long recordsChecked, long checkpointsCompared, List<ChainProblem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("a verification is ok exactly when it found no problem");
        }
    }

    /** Whether a problem lies in the chain itself, not only in a checkpoint kept outside it. */
    public boolean chainBroken() {
        return problems.stream().anyMatch(p -> p.kind() != ChainProblem.Kind.CHECKPOINT_INVALID);
    }

    /** A one-line summary for logs and the command line, with no personal data. */
    public String summary() {
        String checked = recordsChecked + " records checked against " + checkpointsCompared + " signed checkpoints";
        if (ok) {
            return "Audit trail intact: " + checked;
        }
        StringBuilder line = new StringBuilder("Audit trail BROKEN: " + checked + ", " + problems.size() + " problem(s):");
        problems.forEach(p -> line.append(' ').append(p.kind()).append(' ')
                .append(p.fromSeq() == p.toSeq() ? String.valueOf(p.fromSeq()) : p.fromSeq() + "-" + p.toSeq())
                .append(';'));
        return line.toString();
    }
}
