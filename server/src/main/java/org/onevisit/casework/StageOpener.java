package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.CaseStages.CaseStage;
import org.springframework.stereotype.Component;

/** Opens the waiting tasks of every stage whose earlier stages are all done, each against its own deadline. */
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

    void openReadyStages(String caseNumber, LocalDate today) {
        List<ReviewTask> all = tasks.ofCase(caseNumber);
        Set<String> unfinished = all.stream().filter(t -> !t.status().done()).map(ReviewTask::stageKey)
                .collect(Collectors.toSet());
        WorkCalendar calendar = calendars.current();
        for (CaseStage stage : stages.of(caseNumber)) {
            boolean ready = stage.after().stream().noneMatch(unfinished::contains);
            if (!ready) {
                continue;
            }
            all.stream().filter(t -> t.stageKey().equals(stage.key()) && t.status() == TaskStatus.WAITING).forEach(t -> {
                LocalDate due = calendar.deadline(today, t.limitDays()).date();
                if (!tasks.update(t.open(today, due))) {
                    throw new CaseworkRefused(org.onevisit.platform.DomainException.Kind.CONFLICT, "casework-task-changed",
                            "Task " + t.id() + " changed meanwhile", t.id());
                }
            });
        }
    }
}
