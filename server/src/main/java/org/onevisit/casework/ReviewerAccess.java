package org.onevisit.casework;

import java.time.Clock;
import java.util.Map;

import org.onevisit.people.Actor;
import org.onevisit.people.Actors;
import org.onevisit.audit.AuditedChange;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A review task as one official may act on it: only an official of the task's department touches it
 * ({@link ReviewPolicy}), and a change is saved against the version read — of two officials acting at once, one gets
 * a conflict — and written to the audit trail.
 */
@Component
class ReviewerAccess {

    private final ReviewTasks tasks;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewerAccess(ReviewTasks tasks, Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    ReviewTask task(long id) {
        return task(tasks.find(id).stream().toList(), id);
    }

    /** The task among the rows {@link ReviewTasks#findStatement} gave, or refused as {@link #task(long)} refuses. */
    ReviewTask task(java.util.List<ReviewTask> rows, long id) {
        return rows.stream().findFirst().orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "casework-task-not-found",
                "No review task " + id, id));
    }

    /** The official acting on the task, who must be one of its department's ({@link ReviewPolicy}). */
    Actor official(ReviewTask task, String username) {
        Actor official = actors.of(username);
        ReviewPolicy.check(official, task.department());
        return official;
    }

    /** The person of record, e.g. to choose the inbox they may see. */
    Actor actor(String username) {
        return actors.of(username);
    }

    /** Whether the person may answer the task and keep its clock. */
    boolean mayAnswer(ReviewTask task, String username) {
        return ReviewPolicy.allows(actors.of(username), task.department());
    }

    ReviewTask ownTask(long id, String username) {
        ReviewTask task = task(id);
        official(task, username);
        return task;
    }

    /** Saves the change unless someone changed the task meanwhile, with the audit record of {@code action}. */
    ReviewTask save(ReviewTask before, ReviewTask after, String username, String action, Map<String, String> was,
            Map<String, String> is) {
        return save(before, after, username, "DEPARTMENT", action, was, is);
    }

    /** As {@link #save(ReviewTask, ReviewTask, String, String, Map, Map)}, by someone of the channel named, e.g. the applicant online. */
    ReviewTask save(ReviewTask before, ReviewTask after, String username, String channel, String action,
            Map<String, String> was, Map<String, String> is) {
        if (!tasks.update(after)) {
            throw changed(before);
        }
        events.publishEvent(new AuditedChange("case", before.caseNumber(), action, username, channel, was, is,
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
}
