package org.onevisit.supervision;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A correction (纠错) of a delegated decision that a spot check found in violation (违规): opened with the finding,
 * linked to it, to the case, the item and the decision. The corrective decision — the decision amended or revoked, the
 * certificates issued on it revoked and reissued, the applicant told, the cause analysed — moves it from
 * {@link State#OPENED} to {@link State#CORRECTED}; separately, the official who decided is heard, the group proposes,
 * the leadership determines whether the error is excused (容错), and the official may appeal once (ADR 0035).
 *
 * @param checkId the spot check whose finding opened it
 * @param grounds the finding's notes: what the violation is
 * @param excused whether the final determination excused the error (EXEMPTED or LIGHTER): it then does not count
 *        against the official's or the department's assessment
 */
public record ErrorCorrection(long id, long checkId, DecisionKey decision, String department, String decidedBy,
        Instant decidedAt, State state, String grounds, String openedBy, Instant openedAt, long version,
        @Nullable CorrectiveDecision corrective, @Nullable Hearing hearing, @Nullable Proposal proposal,
        @Nullable Determination determination, @Nullable Appeal appeal, boolean excused) {

    /** Where a correction stands. */
    public enum State {
        /** Opened by a finding of violation; the corrective decision is still to be taken. */
        OPENED,
        /** The corrective decision is taken: the decision amended or revoked. */
        CORRECTED
    }

    /** What the corrective decision did to the decision. */
    public enum Action {
        /** Its outcome and text replaced, e.g. the conditions of an approval corrected, an approval turned to refusal. */
        AMEND,
        /** Revoked (撤销). */
        REVOKE
    }

    /** The result of 容错 (容错结果). */
    public enum ExcusalResult {
        /** 免责: exempted from accountability. */
        EXEMPTED,
        /** 从轻减轻: lighter consequences. */
        LIGHTER,
        /** 不予容错: not excused. */
        NOT_EXCUSED;

        /** Whether the result grants 容错: the error then does not count in the assessment. */
        public boolean excuses() {
            return this != NOT_EXCUSED;
        }
    }

    /**
     * The corrective decision (纠错).
     *
     * @param approvedAfter whether the corrected decision approves the item; false once revoked
     * @param text the corrected decision's conditions or reasons; empty once revoked
     * @param causeAnalysis why the wrong decision was taken (原因分析)
     * @param revokedCertificate the certificate revoked, if the item had one valid
     * @param reissuedCertificate the certificate issued again with the corrected content, if any
     */
    public record CorrectiveDecision(Action action, boolean approvedAfter, String text, String causeAnalysis,
            @Nullable String revokedCertificate, @Nullable String reissuedCertificate, String by, Instant at) {
    }

    /**
     * The official heard (陈述申辩) before the determination.
     *
     * @param recordedBy the official themselves, or the member of the group who recorded what they said
     */
    public record Hearing(String statement, String recordedBy, Instant at) {
    }

    /** The group's proposal whether to excuse the error. */
    public record Proposal(boolean excuse, String reasons, String by, Instant at) {
    }

    /**
     * The four conditions of 容错, each recorded as met or not.
     *
     * @param procedureFollowed 程序符合规定: the decision and its procedure followed the rules in force
     * @param noPersonalGain 没有谋取私利: no personal gain for the official or the unit
     * @param noCollusion 未与他人恶意串通损害公共利益: no collusion with others to harm the public interest
     * @param correctedOnOwnInitiative 主动纠错、挽回损失: the official took the initiative to correct and limit the loss
     */
    public record Conditions(boolean procedureFollowed, boolean noPersonalGain, boolean noCollusion,
            boolean correctedOnOwnInitiative) {

        /** Whether every condition is met: only then may the error be excused. */
        public boolean allMet() {
            return procedureFollowed && noPersonalGain && noCollusion && correctedOnOwnInitiative;
        }
    }

    /**
     * The leadership's determination (容错认定).
     *
     * @param conditions the conditions as the determination found them (as the appeal's decision found them again, if
     *        it was appealed)
     * @param matter 容错事项
     * @param situation 容错情形
     */
    public record Determination(Conditions conditions, String matter, String situation, ExcusalResult result,
            String by, Instant at) {
    }

    /**
     * The official's one appeal against the determination (申诉), and its decision once taken.
     *
     * @param result the result the appeal's decision came to: the determination's (upheld) or another (changed)
     */
    public record Appeal(String grounds, Instant at, @Nullable ExcusalResult result, String reasons,
            @Nullable String decidedBy, @Nullable Instant decidedAt) {

        public boolean decided() {
            return result != null;
        }
    }

    /** The result that stands: the appeal's, once decided, or else the determination's; null before either. */
    public @Nullable ExcusalResult finalResult() {
        if (appeal != null && appeal.result() != null) {
            return appeal.result();
        }
        return determination == null ? null : determination.result();
    }
}
