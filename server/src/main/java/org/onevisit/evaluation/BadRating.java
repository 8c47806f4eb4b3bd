package org.onevisit.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.AllowedFrom;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * The handling of a bad rating (差评整改), "谁办理、谁负责": assigned to the responsible department, which calls the
 * applicant back (回访) with a named person, fixes what went wrong (整改) and tells the applicant (反馈) — 件件有整改、有反馈 —
 * by the day it is due, counted in working days from the rating. The department may appeal a malicious rating once
 * (申诉复核); a supervisor decides: upheld, the rating leaves the figures and its handling ends; rejected, the handling
 * goes on. Each transition checks the step it may be taken from and returns the handling as it is afterwards.
 *
 * @param callBack the call-back: notes and who called; null until then
 * @param fix what was done about it; null until then
 * @param feedback what the applicant was told; null until then
 * @param appeal the department's appeal and its decision; null when none
 */
public record BadRating(long ratingId, String department, Step step, LocalDate dueOn, @Nullable Done callBack,
        @Nullable Done fix, @Nullable Done feedback, @Nullable Appeal appeal, long version) {

    /** The steps of the handling, each a verb with the steps it may be taken from. */
    public enum Step {
        /** 已分派: assigned to the department, nobody called yet. */
        ASSIGNED,
        /** 已回访: the applicant was called back. */
        CALLED_BACK,
        /** 已整改: the department fixed what was wrong. */
        FIXED,
        /** 已反馈: the applicant was told what was done; the handling is complete. */
        FEEDBACK_SENT,
        /** 已排除: the appeal was upheld; the rating is kept on record, out of the figures, and nothing more is owed. */
        EXCLUDED;

        private static final AllowedFrom<Step> CALL_BACK = AllowedFrom.of("callBack", ASSIGNED);
        private static final AllowedFrom<Step> FIX = AllowedFrom.of("fix", CALLED_BACK);
        private static final AllowedFrom<Step> SEND_FEEDBACK = AllowedFrom.of("sendFeedback", FIXED);
        private static final AllowedFrom<Step> APPEAL = AllowedFrom.of("appeal", ASSIGNED, CALLED_BACK, FIXED);

        /** Whether nothing more is owed. */
        public boolean finished() {
            return this == FEEDBACK_SENT || this == EXCLUDED;
        }
    }

    /** A step done: what was said or done, by whom, when. */
    public record Done(String text, String by, Instant at) {
    }

    /** Where an appeal (申诉) stands. */
    public enum AppealOutcome {
        /** 待复核: waiting for a supervisor. */
        PENDING,
        /** 申诉成立: the rating was malicious, it is excluded from the figures. */
        UPHELD,
        /** 申诉不成立: the rating stands, the handling goes on. */
        REJECTED
    }

    /**
     * The department's appeal of a malicious rating and the supervisor's decision.
     *
     * @param decision the supervisor's note, who and when; null while pending
     */
    public record Appeal(Done reason, AppealOutcome outcome, @Nullable Done decision) {

        public boolean pending() {
            return outcome == AppealOutcome.PENDING;
        }
    }

    /** A bad rating just given, assigned to its department, due on {@code dueOn}. */
    static BadRating assigned(long ratingId, String department, LocalDate dueOn) {
        return new BadRating(ratingId, department, Step.ASSIGNED, dueOn, null, null, null, null, 0);
    }

    /** Whether it is past its day with something still owed. */
    public boolean overdue(LocalDate today) {
        return !step.finished() && today.isAfter(dueOn);
    }

    BadRating callBack(Done done) {
        require(Step.CALL_BACK);
        return new BadRating(ratingId, department, Step.CALLED_BACK, dueOn, done, fix, feedback, appeal, version);
    }

    BadRating fix(Done done) {
        require(Step.FIX);
        return new BadRating(ratingId, department, Step.FIXED, dueOn, callBack, done, feedback, appeal, version);
    }

    BadRating sendFeedback(Done done) {
        require(Step.SEND_FEEDBACK);
        return new BadRating(ratingId, department, Step.FEEDBACK_SENT, dueOn, callBack, fix, done, appeal, version);
    }

    /** The department appeals the rating as malicious: once, while the handling is open. */
    BadRating appeal(Done reason) {
        require(Step.APPEAL);
        if (appeal != null) {
            throw new DomainException(Kind.CONFLICT, "evaluation-appealed-already",
                    "The rating " + ratingId + " was appealed already; it is appealed once", ratingId);
        }
        return new BadRating(ratingId, department, step, dueOn, callBack, fix, feedback, new Appeal(reason, AppealOutcome.PENDING, null),
                version);
    }

    /** The supervisor decides the pending appeal: upheld, the rating is excluded; rejected, the handling goes on. */
    BadRating decideAppeal(boolean upheld, Done decision) {
        if (appeal == null || !appeal.pending()) {
            throw new DomainException(Kind.CONFLICT, "evaluation-no-pending-appeal",
                    "The rating " + ratingId + " has no appeal waiting for a decision", ratingId);
        }
        return new BadRating(ratingId, department, upheld ? Step.EXCLUDED : step, dueOn, callBack, fix, feedback,
                new Appeal(appeal.reason(), upheld ? AppealOutcome.UPHELD : AppealOutcome.REJECTED, decision), version);
    }

    private void require(AllowedFrom<Step> rule) {
        if (!rule.allows(step)) {
            throw new DomainException(Kind.CONFLICT, "evaluation-wrong-step",
                    "The handling of rating " + ratingId + " is " + step + "; " + rule.action() + " is taken from "
                            + rule.names(), ratingId, step.name(), rule.action());
        }
        if (appeal != null && appeal.pending() && rule != Step.APPEAL) {
            throw new DomainException(Kind.CONFLICT, "evaluation-appeal-pending",
                    "The rating " + ratingId + " waits for the decision on its appeal", ratingId);
        }
    }
}
