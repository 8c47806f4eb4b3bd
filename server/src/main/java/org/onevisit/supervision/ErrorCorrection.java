package org.onevisit.supervision;

import java.time.Instant;

/**
 * A correction (纠错) of a delegated decision that a spot check found in violation (违规): opened with the finding,
 * linked to it, to the case, the item and the decision. What follows — the decision amended or revoked, the
 * certificates issued on it revoked and reissued, the applicant told, the official heard and the error excused in good
 * faith or not (容错) — moves it on from {@link State#OPENED}; that course is not recorded yet (ADR 0029).
 *
 * @param checkId the spot check whose finding opened it
 * @param grounds the finding's notes: what the violation is
 */
public record ErrorCorrection(long id, long checkId, DecisionKey decision, String department, String decidedBy,
        Instant decidedAt, State state, String grounds, String openedBy, Instant openedAt, long version) {

    /** Where a correction stands; later states follow the corrective decision. */
    public enum State {
        /** Opened by a finding of violation; the corrective decision is still to be taken. */
        OPENED
    }
}
