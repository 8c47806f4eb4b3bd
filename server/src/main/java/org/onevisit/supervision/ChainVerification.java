package org.onevisit.supervision;

import java.util.List;

/**
 * The outcome of verifying the audit trail (审计链校验).
 *
 * @param ok true when every entry matches its hash and the chain is complete and in order
 * @param recordsChecked how many entries were read
 * @param problems what was found, in the order of the trail
 */
public record ChainVerification(boolean ok, long recordsChecked, List<ChainProblem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("a verification is ok exactly when it found no problem");
        }
    }

    /** A one-line summary for logs and the command line, with no personal data. */
    public String summary() {
        if (ok) {
            return "Audit trail intact: " + recordsChecked + " records checked";
        }
        StringBuilder line = new StringBuilder("Audit trail BROKEN: " + recordsChecked + " records checked, "
                + problems.size() + " problem(s):");
        problems.forEach(p -> line.append(' ').append(p.kind()).append(' ')
                .append(p.fromSeq() == p.toSeq() ? String.valueOf(p.fromSeq()) : p.fromSeq() + "-" + p.toSeq())
                .append(';'));
        return line.toString();
    }
}
