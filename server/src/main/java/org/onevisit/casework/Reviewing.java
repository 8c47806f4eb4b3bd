package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.LegalTimeLimit;
import org.onevisit.notification.Notifications;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' reviews: a reviewer or chief representative of the task's department gives the opinion; of two
 * officials answering at once exactly one answer is kept; when a stage is done the stages waiting for it open.
 */
@Service
@Transactional
public class Reviewing {

    private final ReviewTasks tasks;
    private final StageOpener opener;
    private final StaffAccounts staff;
    private final DelegationRegister delegations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkCalendars calendars;
    private final Intake intake;
    private final Notifications notifications;

    Reviewing(ReviewTasks tasks, StageOpener opener, StaffAccounts staff, DelegationRegister delegations,
            ApplicationEventPublisher events, Clock clock, WorkCalendars calendars, Intake intake,
            Notifications notifications) {
        this.calendars = calendars;
        this.intake = intake;
        this.notifications = notifications;
        this.tasks = tasks;
        this.opener = opener;
        this.staff = staff;
        this.delegations = delegations;
        this.events = events;
        this.clock = clock;
    }

    /** The opinion of {@code username} on task {@code id}, as read at {@code expectedVersion} (null: as it is now). */
    public ReviewTask decide(long id, Opinion opinion, String text, String username, @Nullable Long expectedVersion) {
        ReviewTask task = tasks.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-task-not-found",
                "No review task " + id, id));
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw changed(task);
        }
        StaffMember official = staff.find(username).orElseThrow(() -> notOfDepartment(task, username));
        if (!official.holds(StaffRole.ADMIN) && !task.department().equals(official.departmentCode())) {
            throw notOfDepartment(task, username);
        }
        LocalDate today = LocalDate.now(clock);
        boolean underDelegation = official.holds(StaffRole.CHIEF_REPRESENTATIVE)
                && delegations.isDelegated(username, task.itemCode(), today);
        ReviewTask decided = task.decide(opinion, text, username, clock.instant(), underDelegation);
        if (!tasks.update(decided)) {
            throw changed(task);
        }
        events.publishEvent(new AuditedChange("case", task.caseNumber(), "review", username, "DEPARTMENT",
                Map.of("task", task.itemCode() + "/" + task.department(), "status", task.status().name()),
                Map.of("task", task.itemCode() + "/" + task.department(), "status", decided.status().name(),
                        "delegated", String.valueOf(underDelegation)), clock.instant()));
        opener.openReadyStages(task.caseNumber(), today);
        return tasks.find(id).orElseThrow();
    }

    /**
     * The real opinion of a department deemed to consent (超时默认), given late: on record and audited, the case
     * not rolled back; an objection is shown to the lead department.
     */
    public ReviewTask giveLateOpinion(long id, Opinion opinion, String text, String username) {
        ReviewTask task = ownTask(id, username);
        ReviewTask given = task.giveLateOpinion(opinion, text, username, clock.instant());
        if (!tasks.update(given)) {
            throw changed(task);
        }
        events.publishEvent(new AuditedChange("case", task.caseNumber(), "lateOpinion", username, "DEPARTMENT",
                Map.of("task", task.itemCode() + "/" + task.department(), "status", task.status().name()),
                Map.of("task", task.itemCode() + "/" + task.department(), "status", given.status().name(),
                        "lateOpinion", opinion.name(), "opinionDue", String.valueOf(task.owed().due())), clock.instant()));
        return tasks.find(id).orElseThrow();
    }

    /** The applicant answered a correction request: the review resumes, its deadline moved by the days stood still. */
    public ReviewTask resume(long id, String username) {
        ReviewTask task = ownTask(id, username);
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        int stopped = task.suspendedOn() == null ? 0 : calendar.workingDaysBetween(task.suspendedOn(), today).days();
        LocalDate moved = task.deadline() == null ? null : calendar.deadline(task.deadline(), stopped).date();
        return save(task, task.resume(today, moved, stopped), username, "resumeReview");
    }

    /** 中止 for an expert review, hearing, testing or public notice: the clock stands still until the review resumes. */
    public ReviewTask suspend(long id, SpecialProcedureKind reason, String note, String username) {
        ReviewTask task = ownTask(id, username);
        return save(task, task.suspend(reason.name(), note, LocalDate.now(clock)), username, "suspendReview");
    }

    /**
     * 《行政许可法》第四十二条: an extension, once per review, by the case's rule — ten working days approved by the
     * head of the department, or fifteen approved by the head of the government where several departments handle
     * the case jointly (第二十六条). The applicant is told the reason.
     */
    public ReviewTask extend(long id, String approvedBy, String reason, String username) {
        ReviewTask task = ownTask(id, username);
        IntakeCase c = intake.find(task.caseNumber());
        LegalTimeLimit rule = c.legalTimeLimit();
        LocalDate moved = calendars.current().deadline(task.deadline(), rule.extensionDays()).date();
        String note = "经" + rule.approver().title() + approvedBy.strip() + "批准：" + reason.strip();
        ReviewTask extended = save(task, task.extend(moved, rule.extensionDays(), note), username, "extendReview");
        notifications.text(c.applicant().phone(), c.number().value(), "review-extended", "您的办件" + c.number() + "（"
                + c.subjectName() + "）审查期限延长" + rule.extensionDays() + "个工作日至" + moved + "，" + note + "。");
        return extended;
    }

    private ReviewTask ownTask(long id, String username) {
        ReviewTask task = tasks.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-task-not-found",
                "No review task " + id, id));
        StaffMember official = staff.find(username).orElseThrow(() -> notOfDepartment(task, username));
        if (!official.holds(StaffRole.ADMIN) && !task.department().equals(official.departmentCode())) {
            throw notOfDepartment(task, username);
        }
        return task;
    }

    private ReviewTask save(ReviewTask before, ReviewTask after, String username, String action) {
        if (!tasks.update(after)) {
            throw changed(before);
        }
        events.publishEvent(new AuditedChange("case", before.caseNumber(), action, username, "DEPARTMENT",
                Map.of("task", before.itemCode() + "/" + before.department(), "deadline", String.valueOf(before.deadline())),
                Map.of("task", before.itemCode() + "/" + before.department(), "deadline", String.valueOf(after.deadline()),
                        "status", after.status().name()), clock.instant()));
        return tasks.find(before.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ReviewTask> ofCase(String caseNumber) {
        return tasks.ofCase(caseNumber);
    }

    @Transactional(readOnly = true)
    public List<ReviewTask> inbox(String department, int limit) {
        return tasks.inbox(department, Math.min(Math.max(limit, 1), 500));
    }

    private static DomainException changed(ReviewTask task) {
        return new DomainException(Kind.CONFLICT, "casework-task-changed",
                "Task " + task.id() + " was answered by someone else meanwhile", task.id());
    }

    private static DomainException notOfDepartment(ReviewTask task, String username) {
        return new DomainException(Kind.RULE_VIOLATED, "casework-not-your-department",
                username + " does not review for " + task.department(), username, task.department());
    }
}
