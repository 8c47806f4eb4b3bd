package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One department's review of one item of a case (部门审查), in a stage of the case's plan; tasks of a stage
 * run in parallel. Each decision is a guarded transition that returns the task as it is afterwards.
 *
 * @param deadline the last working day for the opinion, once the task is open
 * @param delegated whether a chief representative decided it alone under delegation (授权), for spot checks
 * @param deemable whether the item's rule lets a missed deadline count as consent (超时默认), fixed at acceptance
 * @param laterStagesWait whether a later stage of the case's plan waits for this task's stage, fixed at acceptance:
 *        only then can the task's answer open other tasks
 * @param owed after deemed consent, the opinion the department still owes; null otherwise
 */
public record ReviewTask(long id, String caseNumber, String itemCode, String department, String stageKey, int stageOrder,
        TaskStatus status, @Nullable LocalDate openedOn, @Nullable LocalDate deadline, int limitDays, String opinion,
        @Nullable String decidedBy, @Nullable Instant decidedAt, boolean delegated, @Nullable LocalDate suspendedOn,
        int suspendedDays, int extensionDays, String extensionNote, String suspensionReason, boolean deemable,
        boolean laterStagesWait, @Nullable OwedOpinion owed, long version) {

    public ReviewTask {
        suspensionReason = suspensionReason == null ? "" : suspensionReason;
    }

    /** The task as an update that named this version stored it: the same, one version on. */
    ReviewTask saved() {
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, status, openedOn, deadline, limitDays,
                opinion, decidedBy, decidedAt, delegated, suspendedOn, suspendedDays, extensionDays, extensionNote,
                suspensionReason, deemable, laterStagesWait, owed, version + 1);
    }

    ReviewTask open(LocalDate on, LocalDate due) {
        if (status != TaskStatus.WAITING) {
            throw CaseworkRefused.wrongState(this, "open");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, TaskStatus.OPEN, on, due, limitDays,
                opinion, decidedBy, decidedAt, delegated, suspendedOn, suspendedDays, extensionDays, extensionNote, suspensionReason,
                deemable, laterStagesWait, owed, version);
    }

    /** The department's opinion, given at {@code at} on the centre's day {@code on}; objections and corrections need their reasons. */
    ReviewTask decide(Opinion answer, String text, String by, Instant at, LocalDate on, boolean underDelegation) {
        if (status != TaskStatus.OPEN && status != TaskStatus.AWAITING_CORRECTION) {
            throw CaseworkRefused.wrongState(this, "decide");
        }
        answer.requirePoints(text);
        LocalDate stoppedOn = answer == Opinion.CORRECTION ? on : null;
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, answer.result(), openedOn, deadline,
                limitDays, text.strip(), by, at, underDelegation, stoppedOn, suspendedDays, extensionDays, extensionNote,
                suspensionReason, deemable, laterStagesWait, owed, version);
    }

    /**
     * The applicant answered the correction request (补正): the review resumes and its deadline moves by the
     * working days the clock stood still (《行政许可法》第四十五条 time not counted).
     */
    ReviewTask resume(LocalDate on, LocalDate newDeadline, int stoppedWorkingDays) {
        if (status != TaskStatus.AWAITING_CORRECTION && status != TaskStatus.SUSPENDED) {
            throw CaseworkRefused.wrongState(this, "resume");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, TaskStatus.OPEN, openedOn, newDeadline,
                limitDays, opinion, null, null, false, null, suspendedDays + stoppedWorkingDays, extensionDays, extensionNote,
                "", deemable, laterStagesWait, owed, version);
    }

    /**
     * 中止: an expert review, hearing, testing or public notice starts; the clock stands still until it ends, with
     * its reason on record (《行政许可法》第四十五条).
     */
    ReviewTask suspend(String reason, String note, LocalDate on) {
        if (status != TaskStatus.OPEN) {
            throw CaseworkRefused.wrongState(this, "suspend");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, TaskStatus.SUSPENDED, openedOn,
                deadline, limitDays, note.strip(), decidedBy, decidedAt, delegated, on, suspendedDays, extensionDays,
                extensionNote, reason, deemable, laterStagesWait, owed, version);
    }

    /**
     * 《行政许可法》第四十二条: the head of the department approves extending the limit once, by ten working days
     * by default; the applicant is told.
     */
    ReviewTask extend(LocalDate newDeadline, int days, String note) {
        if (status != TaskStatus.OPEN) {
            throw CaseworkRefused.wrongState(this, "extend");
        }
        if (extensionDays > 0) {
            throw CaseworkRefused.rule("casework-extended-already", "The limit of task " + id + " was extended already", id);
        }
        if (note.isBlank()) {
            throw CaseworkRefused.rule("casework-extension-reason-missing", "An extension states its reason and who approved it");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, status, openedOn, newDeadline,
                limitDays, opinion, decidedBy, decidedAt, delegated, suspendedOn, suspendedDays, days, note.strip(),
                suspensionReason, deemable, laterStagesWait, owed, version);
    }

    /** The case ended before this review was answered: withdrawn by the applicant or terminated. */
    ReviewTask close(String reason, String by, Instant at) {
        if (status.done()) {
            return this;
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, TaskStatus.CLOSED, openedOn,
                deadline, limitDays, reason, by, at, false, suspendedOn, suspendedDays, extensionDays, extensionNote,
                suspensionReason, deemable, laterStagesWait, owed, version);
    }

    /**
     * Deemed consent, distinct from a real one and flagged: 超时默认 when the deadline passed (the department then
     * owes its opinion by {@code opinionDue}), or 缺席默认 for a department absent from a joint meeting without reason
     * ({@code opinionDue} null: the meeting was its chance to speak).
     */
    ReviewTask deemConsent(Instant at, String why, @Nullable LocalDate opinionDue) {
        if (status != TaskStatus.OPEN) {
            throw CaseworkRefused.wrongState(this, "deemConsent");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, TaskStatus.DEEMED_CONSENT, openedOn,
                deadline, limitDays, why, "system", at, false, suspendedOn, suspendedDays, extensionDays,
                extensionNote, suspensionReason, deemable, laterStagesWait, opinionDue == null ? null : OwedOpinion.due(opinionDue), version);
    }

    /**
     * The department deemed to consent gives its real opinion late. The task stays deemed consent: the case does
     * not go back, the opinion is on record for the lead department and for supervision.
     */
    ReviewTask giveLateOpinion(Opinion answer, String text, String by, Instant at) {
        if (status != TaskStatus.DEEMED_CONSENT || owed == null) {
            throw CaseworkRefused.wrongState(this, "giveLateOpinion");
        }
        return new ReviewTask(id, caseNumber, itemCode, department, stageKey, stageOrder, status, openedOn, deadline, limitDays,
                opinion, decidedBy, decidedAt, delegated, suspendedOn, suspendedDays, extensionDays, extensionNote,
                suspensionReason, deemable, laterStagesWait, owed.give(answer, text, by, at), version);
    }
}
