package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.notification.TextMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's clock: 中止 stops it for an expert review, hearing, testing or public notice, and resuming (after a
 * correction, through {@link Corrections}) moves the deadline by the working days it stood still
 * (《行政许可法》第四十五条); an approved extension (第四十二条) moves the review's deadline and, once per case, the
 * case's legal deadline, and the applicant is told the reason.
 */
@Service
@Transactional
public class ReviewClock {

    private final ReviewerAccess access;
    private final WorkCalendars calendars;
    private final CaseFileChanges files;
    private final ApplicantTexts texts;
    private final Clock clock;
    private final Corrections corrections;
    private final LegalTimeLimits limits;

    ReviewClock(ReviewerAccess access, WorkCalendars calendars, CaseFileChanges files, ApplicantTexts texts,
            Clock clock, Corrections corrections, LegalTimeLimits limits) {
        this.limits = limits;
        this.access = access;
        this.corrections = corrections;
        this.calendars = calendars;
        this.files = files;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The special procedure ended, or the official records that the applicant's correction came in on paper: the review
     * goes on. A correction handed in online or at the counter resumes the review by itself ({@link Corrections}); the
     * official's record of one on paper is the same answer, without files.
     */
    public ReviewTask resume(long id, String username) {
        ReviewTask task = access.ownTask(id, username);
        if (task.status() == TaskStatus.AWAITING_CORRECTION) {
            return corrections.receivedOnPaper(task, username);
        }
        return save(task, task.resume(LocalDate.now(clock), calendars.current()), username, "resumeReview");
    }

    /** 中止 for an expert review, hearing, testing or public notice: the clock stands still until the review resumes. */
    public ReviewTask suspend(long id, SpecialProcedureKind reason, String note, String username) {
        ReviewTask task = access.ownTask(id, username);
        return save(task, task.suspend(reason.name(), note, LocalDate.now(clock)), username, "suspendReview");
    }

    /**
     * An extension, once per review, by the case's rule ({@link LegalTimeLimits}) — by the law ten working days approved
     * by the head of the department, or fifteen approved by the head of the government where several departments
     * handle the case jointly (第二十六条). The first extension of a case moves its legal deadline too; the applicant is told the reason.
     */
    public ReviewTask extend(long id, String approvedBy, String reason, String username) {
        ReviewTask task = access.ownTask(id, username);
        CaseFile c = files.load(task.caseNumber());
        LegalTimeLimit rule = limits.of(c.facts());
        WorkCalendar calendar = calendars.current();
        LocalDate moved = calendar.deadline(task.clock().deadline(), rule.extensionDays()).date();
        String note = "经" + rule.approver().title() + approvedBy.strip() + "批准：" + reason.strip();
        ReviewTask extended = save(task, task.extend(moved, rule.extensionDays(), note), username, "extendReview");
        Map<String, Object> told = new HashMap<>(Map.of("number", c.number(), "subject", c.facts().subjectName(),
                "days", rule.extensionDays(), "until", moved, "note", note));
        TextMessage message = TextMessage.REVIEW_EXTENDED;
        if (!c.clock().extended()) {
            LocalDate legal = calendar.deadline(c.clock().legal(), rule.extensionDays()).date();
            files.change(c, null, username, "DEPARTMENT", CaseStep.EXTEND_LEGAL,
                    f -> f.extendLegal(legal, rule.extensionDays(), note));
            message = TextMessage.REVIEW_AND_LEGAL_LIMIT_EXTENDED;
            told.put("legalUntil", legal);
        }
        texts.text(c, message, told);
        return extended;
    }

    private ReviewTask save(ReviewTask before, ReviewTask after, String username, String action) {
        return access.save(before, after, username, action,
                Map.of("task", ReviewerAccess.label(before), "deadline", String.valueOf(before.clock().deadline())),
                Map.of("task", ReviewerAccess.label(before), "deadline", String.valueOf(after.clock().deadline()),
                        "status", after.status().name()));
    }
}
