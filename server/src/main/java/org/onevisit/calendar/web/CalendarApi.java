package org.onevisit.calendar.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.calendar.web.CalendarViews.DeadlineResponse;
import org.onevisit.calendar.web.CalendarViews.WorkingDayResponse;
import org.onevisit.calendar.web.CalendarViews.WorkingDaysResponse;
import org.onevisit.calendar.web.CalendarViews.YearResponse;
import org.onevisit.calendar.web.CalendarViews.YearSummary;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.constraints.Size;

/** The working-day calendar, open to everyone: deadlines, working days and the published arrangements. */
@JsonApi("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历 Working-day calendar")
class CalendarApi {

    private final CalendarQueries queries;
    private final WorkCalendars calendars;

    CalendarApi(CalendarQueries queries, WorkCalendars calendars) {
        this.queries = queries;
        this.calendars = calendars;
    }

    @GetMapping("/deadline")
    @Operation(summary = "Deadline of a time limit in working days (工作日) or calendar days (自然日)",
            description = "The start day is not counted; suspended days are not counted; a calendar-day limit ending "
                    + "on a rest day moves to the next working day; 0 working days ends on the start day if it is "
                    + "worked. A result that relies on a year without a published arrangement is provisional.")
    DeadlineResponse deadline(
            @Parameter(description = "start day, YYYY-MM-DD") @RequestParam(required = false) @Nullable @Size(max = 20) String from,
            @Parameter(description = "0 to 3650; give this or calendarDays") @RequestParam(required = false) @Nullable @Size(max = 20) String workingDays,
            @Parameter(description = "0 to 3650; give this or workingDays") @RequestParam(required = false) @Nullable @Size(max = 20) String calendarDays,
            @Parameter(description = "clock stopped, YYYY-MM-DD/YYYY-MM-DD, repeatable") @RequestParam(required = false)
                    @Nullable @Size(max = Limits.ENTRIES) List<@Size(max = 30) String> suspension) {
        return queries.deadline(from, workingDays, calendarDays, suspension);
    }

    @GetMapping("/working-day")
    @Operation(summary = "Whether a day is a working day, and why")
    WorkingDayResponse workingDay(@RequestParam(required = false) @Nullable @Size(max = 20) String date) {
        return queries.workingDay(date);
    }

    @GetMapping("/working-days")
    @Operation(summary = "Working days after 'from' up to and including 'to'")
    WorkingDaysResponse workingDays(@RequestParam(required = false) @Nullable @Size(max = 20) String from,
            @RequestParam(required = false) @Nullable @Size(max = 20) String to,
            @RequestParam(required = false) @Nullable @Size(max = Limits.ENTRIES) List<@Size(max = 30) String> suspension) {
        return queries.workingDays(from, to, suspension);
    }

    @GetMapping("/years")
    @Operation(summary = "The years entered, with their notice and status (DRAFT or PUBLISHED)")
    List<YearSummary> years() {
        return calendars.years().stream().map(YearSummary::of).toList();
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "A year's arrangement: its holidays and make-up working days")
    YearResponse year(@PathVariable int year) {
        return YearResponse.of(calendars.year(year));
    }
}
