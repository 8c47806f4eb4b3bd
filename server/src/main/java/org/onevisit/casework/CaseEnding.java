package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.onevisit.certificates.CertificateRegister;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * How an accepted case ends before its result: withdrawn or terminated before any item is decided, or terminated when
 * its 容缺 pledge is broken. Every review not yet answered is closed, so no department keeps working on it, no
 * deadline deems it consented and nothing more is decided on it.
 */
@Component
class CaseEnding {

    /** What a revoked certificate's reason says when its case ended on a broken pledge. */
    static final String REVOCATION_REASON = "办件终止，审批决定撤销：";

    private final ItemDecisions decisions;
    private final ReviewTasks tasks;
    private final CaseFileChanges changes;
    private final CertificateRegister certificates;
    private final Clock clock;

    CaseEnding(ItemDecisions decisions, ReviewTasks tasks, CaseFileChanges changes, CertificateRegister certificates,
            Clock clock) {
        this.decisions = decisions;
        this.tasks = tasks;
        this.changes = changes;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Ends the case by {@code step} while no item of it is decided. That is checked before anything is written, and
     * again under the case's lock once its reviews are closed (reviews are changed before that lock is taken, as
     * answering one does), so a decision taken at the same moment makes the whole ending roll back.
     */
    CaseFile beforeDecision(CaseFile file, String actor, String channel, CaseStep step, UnaryOperator<CaseFile> end) {
        requireUndecided(file.number());
        CaseFile ended = changes.change(file, null, actor, channel, step, end);
        closeReviews(file.number(), ended.closingNote(), actor);
        decisions.lockCase(file.number());
        requireUndecided(file.number());
        return ended;
    }

    /**
     * The pledge's deadline passed with materials still owed: the case ends whatever was decided, and the certificates
     * it already had are revoked (撤销) — the approval rested on the pledge.
     */
    CaseFile onBrokenPledge(CaseFile file, LocalDate today) {
        CaseFile ended = changes.change(file, file.version(), "system", "SYSTEM", CaseStep.BREAK_PLEDGE,
                f -> f.breakPledge(today));
        closeReviews(file.number(), ended.closingNote(), "system");
        certificates.revokeOfCase(file.number(), REVOCATION_REASON + ended.closingNote(), "system");
        return ended;
    }

    private void requireUndecided(String number) {
        if (!decisions.of(number).isEmpty()) {
            throw CaseworkRefused.rule("casework-already-decided", "Case " + number + " has decided items", number);
        }
    }

    private void closeReviews(String number, String reason, String actor) {
        tasks.ofCase(number).forEach(t -> {
            ReviewTask closed = t.close(reason, actor, clock.instant());
            if (closed != t && !tasks.update(closed)) {
                throw new CaseworkRefused(Kind.CONFLICT, "casework-task-changed", "Task " + t.id() + " changed meanwhile",
                        t.id());
            }
        });
    }
}
