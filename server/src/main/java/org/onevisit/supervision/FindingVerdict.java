package org.onevisit.supervision;

/** What a spot check found of one sampled decision; a flaw or a violation is explained in notes. */
public enum FindingVerdict {
    /** 合规: the decision followed the rules. */
    COMPLIANT,
    /** 瑕疵: a flaw that does not change the decision (a wrong date, a missing signature). */
    FLAWED,
    /** 违规: the decision broke a rule; a correction (纠错) is opened. */
    VIOLATION;

    public boolean needsNotes() {
        return this != COMPLIANT;
    }
}
