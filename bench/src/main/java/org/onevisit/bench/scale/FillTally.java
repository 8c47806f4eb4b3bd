package org.onevisit.bench.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.ScaleFillCasework;

/**
 * What the scale fill stored, counted as it goes: cases by the status they show, tasks by status and department,
 * uniform samples of case numbers and applicants for the queries, and {@value #KEPT} cases spread evenly over the
 * fill, kept whole to be read back through the product.
 */
final class FillTally {

    private static final int SAMPLE = 4000;
    private static final int KEPT = 50;

    private final SplittableRandom random;
    private final int keptEvery;
    private final Map<String, Integer> caseStatuses = new TreeMap<>();
    private final Map<String, Integer> taskStatuses = new TreeMap<>();
    private final Map<String, Integer> taskDepartments = new TreeMap<>();
    private final List<String> numbers = new ArrayList<>();
    private final List<String> identifiers = new ArrayList<>();
    private final List<CaseStory.Lived> kept = new ArrayList<>();
    private int tasks;
    private int stages;
    private int decisions;

    FillTally(int cases, SplittableRandom random) {
        this.random = random;
        this.keptEvery = Math.max(1, cases / KEPT);
    }

    /** Counts the {@code seen}-th case (from 0). */
    void add(CaseStory.Lived lived, int seen) {
        ScaleFillCasework.AcceptedCase accepted = lived.accepted();
        if (accepted != null) {
            for (ReviewTask t : accepted.tasks()) {
                taskStatuses.merge(t.status().name(), 1, Integer::sum);
                taskDepartments.merge(t.department(), 1, Integer::sum);
            }
            tasks += accepted.tasks().size();
            stages += accepted.stages().size();
            decisions += accepted.decisions().size();
        }
        caseStatuses.merge(lived.status(), 1, Integer::sum);
        sample(numbers, lived.intake().number().value(), seen);
        sample(identifiers, lived.intake().parties().applicant().identifier(), seen);
        if (seen % keptEvery == 0 && kept.size() < KEPT) {
            kept.add(lived);
        }
    }

    CaseGenerator.Generated generated(int cases, Duration took) {
        return new CaseGenerator.Generated(cases, tasks, stages, decisions, took, caseStatuses, taskStatuses,
                taskDepartments, numbers, identifiers, kept);
    }

    /** Keeps a uniform sample of {@link #SAMPLE} values out of all seen (reservoir sampling). */
    private void sample(List<String> sampled, String value, int seen) {
        if (sampled.size() < SAMPLE) {
            sampled.add(value);
        } else {
            int j = random.nextInt(seen + 1);
            if (j < SAMPLE) {
                sampled.set(j, value);
            }
        }
    }
}
