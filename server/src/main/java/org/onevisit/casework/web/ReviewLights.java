package org.onevisit.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onevisit.calendar.WorkCalendars;
import org.onevisit.casework.ReviewTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A review as the pages and the API show it: its deadline, the working days used and left on the calendar of
 * today, and its light — yellow within {@code onevisit.casework.yellow-working-days} of the deadline.
 */
@Component
class ReviewLights {

    private final WorkCalendars calendars;
    private final Clock clock;
    private final int yellowWorkingDays;

    ReviewLights(WorkCalendars calendars, Clock clock,
            @Value("${onevisit.casework.yellow-working-days:2}") int yellowWorkingDays) {
        this.calendars = calendars;
        this.clock = clock;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    ReviewView view(ReviewTask task) {
        return ReviewView.of(task, calendars.current(), LocalDate.now(clock), yellowWorkingDays);
    }

    List<ReviewView> views(List<ReviewTask> tasks) {
        return tasks.stream().map(this::view).toList();
    }
}
