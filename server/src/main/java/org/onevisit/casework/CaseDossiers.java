package org.onevisit.casework;

import java.util.List;

import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.platform.RoundTrips;
import org.springframework.stereotype.Component;

/** Reads a case's {@link CaseDossier}: its file, the stages of its plan, its reviews and its decisions. */
@Component
class CaseDossiers {

    private final CaseFileChanges files;
    private final CaseStages stages;
    private final ReviewTasks tasks;
    private final ItemDecisions decisions;
    private final RoundTrips roundTrips;

    CaseDossiers(CaseFileChanges files, CaseStages stages, ReviewTasks tasks, ItemDecisions decisions, RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.files = files;
        this.stages = stages;
        this.tasks = tasks;
        this.decisions = decisions;
    }

    /** The case as it stands, for a page or a check; the plan is read for a bundle only, where it orders decisions. */
    CaseDossier of(String caseNumber) {
        CaseFile file = files.load(caseNumber);
        return read(file, file.facts().bundle() ? stages.of(caseNumber) : List.of());
    }

    /**
     * The case under its lock ({@link ItemDecisions#lockCase}), taken before anything is read: what a decision checks
     * stays true until it commits.
     */
    CaseDossier locked(String caseNumber) {
        // the lock first, then the reads, in one round trip (ADR 0047): each statement runs after the one before it
        RoundTrips.Results r = roundTrips.send(List.of(CaseStages.lockedOfStatement(caseNumber),
                files.loadStatement(caseNumber), ReviewTasks.ofCaseStatement(caseNumber), ItemDecisions.ofStatement(caseNumber)));
        List<CaseStage> plan = r.rows(0);
        CaseFile file = files.loaded(r.rows(1), caseNumber);
        return new CaseDossier(file, plan, r.rows(2), r.rows(3));
    }

    private CaseDossier read(CaseFile file, List<CaseStage> plan) {
        return new CaseDossier(file, plan, tasks.ofCase(file.number()), decisions.of(file.number()));
    }
}
