package org.onevisit.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.CaseStages.CaseStage;
import org.springframework.stereotype.Component;

/**
 * Opens the waiting tasks of every stage whose earlier stages are all done, each against its own deadline: a
 * stage is ready when none of the stages it comes after has a task still unfinished.
 */
@Component
class StageOpener {

    private final CaseStages stages;
    private final ReviewTasks tasks;
    private final WorkCalendars calendars;

    StageOpener(CaseStages stages, ReviewTasks tasks, WorkCalendars calendars) {
        this.stages = stages;
        this.tasks = tasks;
        this.calendars = calendars;
    }

    /** After the task was answered: opens what is now ready, if a later stage waits for the task's stage at all. */
    void afterAnswer(ReviewTask answered, LocalDate today) {
        if (answered.terms().laterStagesWait()) {
            openReadyStages(answered.caseNumber(), today);
        }
    }

    /**
     * After a task of the case was done: opens what is now ready. Two departments finishing the last tasks of a
     * stage at once each see the other's task still open in their own transaction; so the case's stages are locked
     * and its tasks read again, and the second to come sees the first's answer and opens the next stage.
     */
    void openReadyStages(String caseNumber, LocalDate today) {
        if (tasks.ofCase(caseNumber).stream().noneMatch(t -> t.status() == TaskStatus.WAITING)) {
            return;
        }
        List<CaseStage> plan = stages.lockedOf(caseNumber);
        for (ReviewTask t : opened(plan, tasks.ofCase(caseNumber), today)) {
            if (!tasks.update(t)) {
                throw new CaseworkRefused(org.onevisit.platform.DomainException.Kind.CONFLICT, "casework-task-changed",
                        "Task " + t.id() + " changed meanwhile", t.id());
            }
        }
    }

    /** A new plan's tasks as they start: those of the stages ready at once opened, the others waiting. */
    List<ReviewTask> atStart(List<CaseStage> plan, List<ReviewTask> waiting, LocalDate today) {
        List<ReviewTask> opened = opened(plan, waiting, today);
        return waiting.stream().map(t -> opened.stream().filter(o -> o.department().equals(t.department())
                && o.itemCode().equals(t.itemCode())).findFirst().orElse(t)).toList();
    }

    /** The waiting tasks of the ready stages, opened today. */
    private List<ReviewTask> opened(List<CaseStage> plan, List<ReviewTask> all, LocalDate today) {
        Set<String> unfinished = all.stream().filter(t -> !t.status().done()).map(t -> t.terms().stageKey())
                .collect(Collectors.toSet());
        WorkCalendar calendar = calendars.current();
        List<ReviewTask> opened = new ArrayList<>();
        for (CaseStage stage : plan) {
            if (stage.after().stream().noneMatch(unfinished::contains)) {
                all.stream().filter(t -> t.terms().stageKey().equals(stage.key()) && t.status() == TaskStatus.WAITING)
                        .forEach(t -> opened.add(t.open(today, calendar)));
            }
        }
        return opened;
    }
}
