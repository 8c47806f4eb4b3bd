package org.onevisit.casework;

import java.time.Clock;

import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.CaseTerminated;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending an accepted case before its decision: withdrawal by the applicant, termination with reasons, or
 * termination by intake when a 容缺 pledge is broken. Every review not yet answered is closed; once an item is
 * decided the case can no longer be withdrawn or terminated here.
 */
@Service
@Transactional
public class CaseClosing {

    private final ItemDecisions decisions;
    private final ReviewTasks tasks;
    private final CaseSupplements intake;
    private final Clock clock;

    CaseClosing(ItemDecisions decisions, ReviewTasks tasks, CaseSupplements intake, Clock clock) {
        this.decisions = decisions;
        this.tasks = tasks;
        this.intake = intake;
        this.clock = clock;
    }

    public void withdraw(String caseNumber, String reason, String actor, Channel channel) {
        close(caseNumber, true, reason.isBlank() ? "申请人撤回申请" : reason.strip(), actor, channel);
    }

    public void terminate(String caseNumber, String reason, String actor) {
        if (reason.isBlank()) {
            throw CaseworkRefused.rule("casework-termination-reason-missing", "A termination states its reasons");
        }
        close(caseNumber, false, reason.strip(), actor, Channel.COUNTER);
    }

    /**
     * Closes the case and its reviews, then makes sure, holding the case's lock, that nothing of it was decided; if
     * something was, all of it rolls back.
     */
    private void close(String caseNumber, boolean withdrawn, String reason, String actor, Channel channel) {
        intake.closeAccepted(caseNumber, withdrawn, reason, new Act(actor, channel, null));
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
