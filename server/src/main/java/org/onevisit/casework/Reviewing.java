package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.ReadOnly;
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
    private final ReviewerAccess access;
    private final StageOpener opener;
    private final DelegationRegister delegations;
    private final Clock clock;

    Reviewing(ReviewTasks tasks, ReviewerAccess access, StageOpener opener, DelegationRegister delegations, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.opener = opener;
        this.delegations = delegations;
        this.clock = clock;
    }

    /** The opinion of {@code username} on task {@code id}, as read at {@code expectedVersion} (null: as it is now). */
    public ReviewTask decide(long id, Opinion opinion, String text, String username, @Nullable Long expectedVersion) {
        ReviewTask task = access.task(id);
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw ReviewerAccess.changed(task);
        }
        StaffMember official = access.official(task, username);
        LocalDate today = LocalDate.now(clock);
        boolean underDelegation = official.holds(StaffRole.CHIEF_REPRESENTATIVE)
                && delegations.isDelegated(username, task.itemCode(), today);
        ReviewTask decided = task.decide(opinion, text, username, clock.instant(), underDelegation);
        ReviewTask saved = access.save(task, decided, username, "review",
                Map.of("task", ReviewerAccess.label(task), "status", task.status().name()),
                Map.of("task", ReviewerAccess.label(task), "status", decided.status().name(),
                        "delegated", String.valueOf(underDelegation)));
        opener.afterAnswer(task, today);
        return saved;
    }

    /**
     * The real opinion of a department deemed to consent (超时默认), given late: on record and audited, the case
     * not rolled back; an objection is shown to the lead department.
     */
    public ReviewTask giveLateOpinion(long id, Opinion opinion, String text, String username) {
        ReviewTask task = access.ownTask(id, username);
        ReviewTask given = task.giveLateOpinion(opinion, text, username, clock.instant());
        return access.save(task, given, username, "lateOpinion",
                Map.of("task", ReviewerAccess.label(task), "status", task.status().name()),
                Map.of("task", ReviewerAccess.label(task), "status", given.status().name(), "lateOpinion", opinion.name(),
                        "opinionDue", String.valueOf(task.owed().due())));
    }

    @ReadOnly
    public List<ReviewTask> ofCase(String caseNumber) {
        return tasks.ofCase(caseNumber);
    }

    @ReadOnly
    public List<ReviewTask> inbox(String department, int limit) {
        return tasks.inbox(department, Math.min(Math.max(limit, 1), 500));
    }
}
