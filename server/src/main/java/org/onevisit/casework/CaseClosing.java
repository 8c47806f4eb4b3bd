package org.onevisit.casework;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.CaseTerminated;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.Actors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending an accepted case before its decision: withdrawal by the applicant, termination with reasons, or
 * termination by intake when a 容缺 pledge is broken. Every review not yet answered is closed; once an item is
 * decided the case can no longer be withdrawn or terminated here. The applicant withdraws (intake's withdrawal
 * policy); the lead department's chief representative terminates ({@link TerminationPolicy}).
 */
@Service
@Transactional
public class CaseClosing {

    private final ItemDecisions decisions;
    private final ReviewTasks tasks;
    private final CaseSupplements intake;
    private final Intake cases;
    private final Catalog catalog;
    private final Actors actors;
    private final Clock clock;

    CaseClosing(ItemDecisions decisions, ReviewTasks tasks, CaseSupplements intake, Intake cases, Catalog catalog,
            Actors actors, Clock clock) {
        this.decisions = decisions;
        this.tasks = tasks;
        this.intake = intake;
        this.cases = cases;
        this.catalog = catalog;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * The applicant withdraws the accepted case: themselves, or at the counter on their signed request.
     *
     * @param signedRequest the reference of the applicant's signed request, when the counter records it
     */
    public void withdraw(String caseNumber, String reason, @Nullable String signedRequest, String actor, Channel channel) {
        IntakeCase closed = intake.withdrawAccepted(caseNumber, reason, signedRequest, new Act(actor, channel, null));
        closeReviewsUndecided(caseNumber, closed.closingNote(), actor);
    }

    public void terminate(String caseNumber, String reason, String actor) {
        TerminationPolicy.check(actors.of(actor), leadDepartment(cases.find(caseNumber)));
        if (reason.isBlank()) {
            throw CaseworkRefused.rule("casework-termination-reason-missing", "A termination states its reasons");
        }
        intake.terminateAccepted(caseNumber, reason.strip(), new Act(actor, Channel.COUNTER, null));
        closeReviewsUndecided(caseNumber, reason.strip(), actor);
    }

    /** The department leading the case: its item's own, or for a bundle the bundle's lead department (牵头部门). */
    private String leadDepartment(IntakeCase c) {
        return c.bundle() ? catalog.bundle(c.subject()).leadDepartment() : c.items().get(0).department();
    }

    /**
     * Closes the case's reviews, then makes sure, holding the case's lock, that nothing of it was decided; if
     * something was, all of it rolls back.
     */
    private void closeReviewsUndecided(String caseNumber, String reason, String actor) {
        closeReviews(caseNumber, reason, actor);
        decisions.lockCase(caseNumber);
        if (!decisions.of(caseNumber).isEmpty()) {
            throw CaseworkRefused.rule("casework-already-decided", "Case " + caseNumber + " has decided items", caseNumber);
        }
    }

    /**
     * Intake terminated a case whose 容缺 pledge was broken: its reviews stop, so no department keeps working on it,
     * no deadline deems it consented and nothing is decided on it. A redelivered event changes nothing.
     */
    @ApplicationModuleListener
    void on(CaseTerminated terminated) {
        closeReviews(terminated.caseNumber(), terminated.reason(), "system");
    }

    private void closeReviews(String caseNumber, String reason, String actor) {
        tasks.ofCase(caseNumber).forEach(t -> {
            ReviewTask closed = t.close(reason, actor, clock.instant());
            if (closed != t && !tasks.update(closed)) {
                throw new CaseworkRefused(org.onevisit.platform.DomainException.Kind.CONFLICT, "casework-task-changed",
                        "Task " + t.id() + " changed meanwhile", t.id());
            }
        });
    }
}
