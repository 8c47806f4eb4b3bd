package org.onevisit.casework.web;

import java.time.LocalDate;
import java.util.List;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.casework.Lights;
import org.onevisit.casework.ReviewTask;
import org.springframework.stereotype.Component;

/**
 * A review as the pages and the API show it: its deadline, the working days used and left on the calendar of
 * today, and its light by casework's one rule ({@link Lights}).
 */
@Component
class ReviewLights {

    private final Lights lights;

    ReviewLights(Lights lights) {
        this.lights = lights;
    }

    ReviewView view(ReviewTask task) {
        return ReviewView.of(task, lights, lights.calendar(), lights.today());
    }

    List<ReviewView> views(List<ReviewTask> tasks) {
        WorkCalendar calendar = lights.calendar();
        LocalDate today = lights.today();
        return tasks.stream().map(t -> ReviewView.of(t, lights, calendar, today)).toList();
    }
}
