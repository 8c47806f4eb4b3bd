package org.onevisit.casework;

import java.time.Clock;
import java.util.Map;

import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A review task as one official may act on it: only an official of the task's department (or an administrator)
 * touches it, and a change is saved against the version read — of two officials acting at once, one gets a
 * conflict — and written to the audit trail.
 */
@Component
class ReviewerAccess {

    private final ReviewTasks tasks;
    private final StaffAccounts staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewerAccess(ReviewTasks tasks, StaffAccounts staff, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    ReviewTask task(long id) {
        return tasks.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-task-not-found",
                "No review task " + id, id));
    }

    /** The official acting on the task, who must belong to its department (an administrator may act for any). */
    StaffMember official(ReviewTask task, String username) {
        StaffMember official = staff.find(username).orElseThrow(() -> notOfDepartment(task, username));
        if (!official.holds(StaffRole.ADMIN) && !task.department().equals(official.departmentCode())) {
            throw notOfDepartment(task, username);
        }
        return official;
    }

    ReviewTask ownTask(long id, String username) {
        ReviewTask task = task(id);
        official(task, username);
        return task;
    }

    /** Saves the change unless someone changed the task meanwhile, with the audit record of {@code action}. */
    ReviewTask save(ReviewTask before, ReviewTask after, String username, String action, Map<String, String> was,
            Map<String, String> is) {
        if (!tasks.update(after)) {
            throw changed(before);
        }
        events.publishEvent(new AuditedChange("case", before.caseNumber(), action, username, "DEPARTMENT", was, is,
                clock.instant()));
        return after.saved();
    }

    static String label(ReviewTask task) {
        return task.itemCode() + "/" + task.department();
    }

    static DomainException changed(ReviewTask task) {
        return new DomainException(Kind.CONFLICT, "casework-task-changed",
                "Task " + task.id() + " was answered by someone else meanwhile", task.id());
    }

    private static DomainException notOfDepartment(ReviewTask task, String username) {
        return new DomainException(Kind.RULE_VIOLATED, "casework-not-your-department",
                username + " does not review for " + task.department(), username, task.department());
    }
}
