package org.onevisit.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Actor;
import org.onevisit.people.Delegation;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.ReadOnly;
import org.onevisit.platform.RoundTrips;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' reviews: a reviewer or chief representative of the task's department gives the opinion; of two
 * officials answering at once exactly one answer is kept; a correction request goes to the applicant
 * ({@link Corrections}); when a stage is done the stages waiting for it open.
 */
@Service
@Transactional
public class Reviewing {

    private final ReviewTasks tasks;
    private final ReviewerAccess access;
    private final StageOpener opener;
    private final DelegationRegister delegations;
    private final Clock clock;
    private final Corrections corrections;
    private final RoundTrips roundTrips;

    Reviewing(ReviewTasks tasks, ReviewerAccess access, StageOpener opener, DelegationRegister delegations, Clock clock,
            Corrections corrections, RoundTrips roundTrips) {
        this.tasks = tasks;
        this.roundTrips = roundTrips;
        this.corrections = corrections;
        this.access = access;
        this.opener = opener;
        this.delegations = delegations;
        this.clock = clock;
    }

    /** The opinion of {@code username} on task {@code id}, as read at {@code expectedVersion} (null: as it is now). */
    public ReviewTask decide(long id, Opinion opinion, String text, String username, @Nullable Long expectedVersion) {
        // a chief representative's delegation list is read with the task, in one round trip (ADR 0047)
        boolean chief = access.actor(username).holds(StaffRole.CHIEF_REPRESENTATIVE);
        RoundTrips.Results read = chief ? roundTrips.send(List.of(ReviewTasks.findStatement(id), delegations.entriesOf(username)))
                : roundTrips.send(List.of(ReviewTasks.findStatement(id)));
        ReviewTask task = access.task(read.<ReviewTask>rows(0), id);
        Actor official = access.official(task, username);
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw ReviewerAccess.changed(task);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean underDelegation = official.holds(StaffRole.CHIEF_REPRESENTATIVE)
                && delegations.isDelegated(read.<Delegation>rows(1), task.itemCode(), today);
        ReviewTask decided = task.decide(opinion, text, username, now, today, underDelegation);
        ReviewTask saved = access.save(task, decided, username, "review",
                Map.of("task", ReviewerAccess.label(task), "status", task.status().name()),
                Map.of("task", ReviewerAccess.label(task), "status", decided.status().name(),
                        "delegated", String.valueOf(underDelegation)));
        if (opinion == Opinion.CORRECTION) {
            corrections.requested(decided, today);
        }
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

    /** Whether the person may answer the task and keep its clock ({@link ReviewPolicy}), e.g. to offer the form. */
    @ReadOnly
    public boolean mayAnswer(ReviewTask task, String username) {
        return access.mayAnswer(task, username);
    }

    /** A department's inbox: its tasks not yet answered and the opinions it still owes, the most urgent first. */
    public record Inbox(String department, List<ReviewTask> tasks) {

        public Inbox {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * The inbox {@code username} may see ({@link InboxPolicy}): of the department asked for, or of their own when none
     * is asked for; at most {@code limit} (1 to 500) tasks.
     */
    @ReadOnly
    public Inbox inbox(@Nullable String department, String username, int limit) {
        String shown = InboxPolicy.department(access.actor(username), department);
        return new Inbox(shown, tasks.inbox(shown, Math.min(Math.max(limit, 1), 500)));
    }
}
