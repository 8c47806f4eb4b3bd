package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;

/**
 * One department's review of one item of a case (部门审查), in a stage of the case's plan; tasks of a stage run in
 * parallel. Each step is a guarded transition ({@link TaskTransition}) that returns the task as it is afterwards,
 * changing its status and the one part the step is about: its clock, its answer or the opinion it owes.
 *
 * @param terms its stage and the item's rules for it, fixed at acceptance
 * @param clock its deadline, suspensions and extension
 * @param answer what was last written on it, by whom and when
 * @param owed after deemed consent, the opinion the department still owes; null otherwise
 */
public record ReviewTask(long id, String caseNumber, String itemCode, String department, TaskTerms terms,
        TaskStatus status, TaskClock clock, TaskAnswer answer, @Nullable OwedOpinion owed, long version) {

    /** A task of a new plan, waiting for its stage; the store gives it its id. */
    static ReviewTask planned(String caseNumber, String itemCode, String department, TaskTerms terms) {
        return new ReviewTask(0, caseNumber, itemCode, department, terms, TaskStatus.WAITING, TaskClock.NOT_STARTED,
                TaskAnswer.NONE, null, 0);
    }

    /** The task as an update that named this version stored it: the same, one version on. */
    ReviewTask saved() {
        return new ReviewTask(id, caseNumber, itemCode, department, terms, status, clock, answer, owed, version + 1);
    }

    /** Its stage is ready: the review starts {@code on}, due {@link TaskTerms#limitDays()} working days later. */
    ReviewTask open(LocalDate on, WorkCalendar calendar) {
        TaskTransition.OPEN.requireFrom(this);
        return with(TaskStatus.OPEN, clock.open(on, terms.limitDays(), calendar), answer);
    }

    /** The department's opinion, given at {@code at} on the centre's day {@code on}; objections and corrections need their reasons. */
    ReviewTask decide(Opinion opinion, String text, String by, Instant at, LocalDate on, boolean underDelegation) {
        TaskTransition.DECIDE.requireFrom(this);
        opinion.requirePoints(text);
        return with(opinion.result(), clock.answered(opinion, on), TaskAnswer.given(text, by, at, underDelegation));
    }

    /**
     * The applicant answered the correction request (补正), or the special procedure ended: the review resumes
     * {@code today} and its deadline moves by the working days the clock stood still (《行政许可法》第四十五条).
     */
    ReviewTask resume(LocalDate today, WorkCalendar calendar) {
        TaskTransition.RESUME.requireFrom(this);
        return with(TaskStatus.OPEN, clock.resume(today, calendar), answer.reopened());
    }

    /**
     * 中止: an expert review, hearing, testing or public notice starts; the clock stands still until it ends, with
     * its reason on record (《行政许可法》第四十五条).
     */
    ReviewTask suspend(String reason, String note, LocalDate on) {
        TaskTransition.SUSPEND.requireFrom(this);
        return with(TaskStatus.SUSPENDED, clock.suspend(reason, on), answer.noted(note));
    }

    /**
     * 《行政许可法》第四十二条: the head of the department approves extending the limit once, by ten working days
     * by default; the applicant is told.
     */
    ReviewTask extend(LocalDate newDeadline, int days, String note) {
        TaskTransition.EXTEND.requireFrom(this);
        return with(status, clock.extend(newDeadline, days, note, id), answer);
    }

    /** The case ended before this review was answered: withdrawn by the applicant or terminated. */
    ReviewTask close(String reason, String by, Instant at) {
        if (status.done()) {
            return this;
        }
        return with(TaskStatus.CLOSED, clock, new TaskAnswer(reason, by, at, false));
    }

    /**
     * Deemed consent, distinct from a real one and flagged: 超时默认 when the deadline passed (the department then
     * owes its opinion by {@code opinionDue}), or 缺席默认 for a department absent from a joint meeting without reason
     * ({@code opinionDue} null: the meeting was its chance to speak).
     */
    ReviewTask deemConsent(Instant at, String why, @Nullable LocalDate opinionDue) {
        TaskTransition.DEEM_CONSENT.requireFrom(this);
        return new ReviewTask(id, caseNumber, itemCode, department, terms, TaskStatus.DEEMED_CONSENT, clock,
                TaskAnswer.given(why, "system", at, false), opinionDue == null ? null : OwedOpinion.due(opinionDue), version);
    }

    /**
     * The department deemed to consent gives its real opinion late. The task stays deemed consent: the case does
     * not go back, the opinion is on record for the lead department and for supervision.
     */
    ReviewTask giveLateOpinion(Opinion opinion, String text, String by, Instant at) {
        TaskTransition.GIVE_LATE_OPINION.requireFrom(this);
        if (owed == null) {
            throw CaseworkRefused.wrongState(this, TaskTransition.GIVE_LATE_OPINION);
        }
        return new ReviewTask(id, caseNumber, itemCode, department, terms, status, clock, answer,
                owed.give(opinion, text, by, at), version);
    }

    private ReviewTask with(TaskStatus next, TaskClock nextClock, TaskAnswer nextAnswer) {
        return new ReviewTask(id, caseNumber, itemCode, department, terms, next, nextClock, nextAnswer, owed, version);
    }
}
