package org.onevisit.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;

/**
 * A review's clock (审查时限): the day it opened and its deadline, in working days; whether it stands still — 补正 or
 * 中止, from {@code suspendedOn} — and the working days it stood still so far (《行政许可法》第四十五条, time not counted);
 * and its one extension (第四十二条).
 *
 * @param suspendedOn the day the clock stopped, while it stands still; null while it runs
 * @param suspendedDays the working days it stood still, added to the deadline when it resumed
 * @param extensionDays the working days of its extension; 0 before it was extended
 * @param extensionNote who approved the extension, and why
 * @param suspensionReason while suspended (中止), the special procedure it waits for; empty otherwise
 */
public record TaskClock(@Nullable LocalDate openedOn, @Nullable LocalDate deadline, @Nullable LocalDate suspendedOn,
        int suspendedDays, int extensionDays, String extensionNote, String suspensionReason) {

    /** The clock of a task waiting for its stage: not started. */
    static final TaskClock NOT_STARTED = new TaskClock(null, null, null, 0, 0, "", "");

    public TaskClock {
        extensionNote = extensionNote == null ? "" : extensionNote;
        suspensionReason = suspensionReason == null ? "" : suspensionReason;
    }

    /** Started {@code on}, against the deadline {@code limitDays} working days later. */
    TaskClock open(LocalDate on, int limitDays, WorkCalendar calendar) {
        return new TaskClock(on, calendar.deadline(on, limitDays).date(), suspendedOn, suspendedDays, extensionDays,
                extensionNote, suspensionReason);
    }

    /** After the opinion given {@code on}: a correction request (补正) stops the clock that day, any other answer does not. */
    TaskClock answered(Opinion opinion, LocalDate on) {
        return new TaskClock(openedOn, deadline, opinion == Opinion.CORRECTION ? on : null, suspendedDays, extensionDays,
                extensionNote, suspensionReason);
    }

    /** 中止 {@code on} for a special procedure: the clock stands still until it resumes. */
    TaskClock suspend(String reason, LocalDate on) {
        return new TaskClock(openedOn, deadline, on, suspendedDays, extensionDays, extensionNote, reason);
    }

    /** Runs again {@code today}: the deadline moves by the working days the clock stood still. */
    TaskClock resume(LocalDate today, WorkCalendar calendar) {
        int stopped = suspendedOn == null ? 0 : calendar.workingDaysBetween(suspendedOn, today).days();
        LocalDate moved = deadline == null ? null : calendar.deadline(deadline, stopped).date();
        return new TaskClock(openedOn, moved, null, suspendedDays + stopped, extensionDays, extensionNote, "");
    }

    /**
     * Extended once, by {@code days} working days to {@code newDeadline}, with who approved it and why (第四十二条).
     *
     * @param taskId the task's id, for the refusal's message
     */
    TaskClock extend(LocalDate newDeadline, int days, String note, long taskId) {
        if (extensionDays > 0) {
            throw CaseworkRefused.rule("casework-extended-already", "The limit of task " + taskId + " was extended already",
                    taskId);
        }
        if (note.isBlank()) {
            throw CaseworkRefused.rule("casework-extension-reason-missing", "An extension states its reason and who approved it");
        }
        return new TaskClock(openedOn, newDeadline, suspendedOn, suspendedDays, days, note.strip(), suspensionReason);
    }
}
