package org.onevisit.casework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onevisit.platform.RoundTrips;
import org.springframework.context.ApplicationContext;

/**
 * The scale benchmark's way into casework's tables, part of the benchmarks and never of the server: an accepted case
 * as it stands today is stored by casework's own repositories, the file (its holder's identifier and phone encrypted by
 * {@link CaseFiles}), the stages of its plan, its review tasks and the decisions on its items. In casework's package
 * because the repositories are package-private; all are the product's beans. Call it inside a transaction of the
 * product's.
 * <p>
 * The plan's tasks are inserted as a plan is, in one batch; a task that has gone further than a new plan's (answered,
 * stopped, extended, owing an opinion) is then saved by the update the product saves each step with, so the columns
 * only a step writes are written by the product's own statement. A review's steps are stored as one update, its last
 * state: the fill stores what stands today, not each step on the way.
 */
public final class ScaleFillCasework {

    /** A stage of an accepted case's plan, as casework copies it from the catalog at acceptance. */
    public record Stage(String key, String name, List<String> after, int position) {
    }

    /** An accepted case as it stands today: its file, its plan, its reviews and the decisions taken on its items. */
    public record AcceptedCase(CaseFile file, List<Stage> stages, List<ReviewTask> tasks,
            List<Deciding.Decision> decisions) {
    }

    private final CaseFiles files;
    private final ReviewTasks tasks;
    private final ItemDecisions decisions;
    private final RoundTrips roundTrips;

    public ScaleFillCasework(ApplicationContext product) {
        this.roundTrips = product.getBean(RoundTrips.class);
        this.files = product.getBean(CaseFiles.class);
        this.tasks = product.getBean(ReviewTasks.class);
        this.decisions = product.getBean(ItemDecisions.class);
    }

    public void store(AcceptedCase c) {
        String number = c.file().number();
        // the file, the plan and the tasks in one round trip, as the product accepts a case (ADR 0047)
        List<RoundTrips.Statement<?>> inserts = new java.util.ArrayList<>();
        inserts.add(files.insertIfAbsent(c.file()));
        inserts.addAll(CaseStages.insertUnlessPlanned(number, c.stages().stream()
                .map(s -> new CaseStages.CaseStage(s.key(), s.name(), s.after(), s.position())).toList()));
        inserts.addAll(ReviewTasks.insertAll(c.tasks()));
        RoundTrips.Results stored = roundTrips.send(inserts);
        if (stored.changed(0) != 1 || stored.changed(1) != 1) {
            throw new IllegalStateException("Case " + number + " was stored before");
        }
        storeSteps(number, c.tasks().stream().filter(ScaleFillCasework::steppedFurther).toList());
        for (Deciding.Decision d : c.decisions()) {
            String department = c.file().facts().items().stream().filter(i -> i.code().equals(d.itemCode()))
                    .map(FileItem::department).findFirst().orElseThrow();
            if (!decisions.insert(number, department, d)) {
                throw new IllegalStateException("Item " + d.itemCode() + " of case " + number + " was decided before");
            }
        }
    }

    /** Saves the tasks' last states over the rows the plan inserted, found by the ids the store gave them. */
    private void storeSteps(String number, List<ReviewTask> stepped) {
        if (stepped.isEmpty()) {
            return;
        }
        Map<String, ReviewTask> inserted = tasks.ofCase(number).stream()
                .collect(Collectors.toMap(ScaleFillCasework::key, Function.identity()));
        for (ReviewTask t : stepped) {
            ReviewTask row = inserted.get(key(t));
            if (!tasks.update(new ReviewTask(row.id(), number, t.itemCode(), t.department(), t.terms(), t.status(),
                    t.clock(), t.answer(), t.owed(), row.version()))) {
                throw new IllegalStateException("Task " + row.id() + " of case " + number + " changed meanwhile");
            }
        }
    }

    /** Whether the task holds more than the columns a plan's insert writes (status, opening day and deadline). */
    private static boolean steppedFurther(ReviewTask t) {
        TaskClock c = t.clock();
        return !t.answer().equals(TaskAnswer.NONE) || t.owed() != null
                || !c.equals(new TaskClock(c.openedOn(), c.deadline(), null, 0, 0, "", ""));
    }

    private static String key(ReviewTask t) {
        return t.itemCode() + "/" + t.department();
    }
}
