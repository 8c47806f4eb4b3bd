package org.onevisit.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.Deadline;
import org.onevisit.calendar.DayInfo;
import org.onevisit.calendar.Suspension;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.calendar.WorkingDayCount;
import org.onevisit.calendar.web.CalendarViews.DeadlineResponse;
import org.onevisit.calendar.web.CalendarViews.SuspensionView;
import org.onevisit.calendar.web.CalendarViews.WorkingDayResponse;
import org.onevisit.calendar.web.CalendarViews.WorkingDaysResponse;
import org.springframework.stereotype.Component;

/** The public questions to the calendar, from raw parameters to answers; shared by the API and the page. */
@Component
class CalendarQueries {

    private final WorkCalendars calendars;
    private final CalendarNotes notes;

    CalendarQueries(WorkCalendars calendars, CalendarNotes notes) {
        this.calendars = calendars;
        this.notes = notes;
    }

    DeadlineResponse deadline(@Nullable String fromText, @Nullable String workingDaysText,
            @Nullable String calendarDaysText, @Nullable List<String> suspensionTexts) {
        LocalDate from = CalendarParameters.date("from", fromText);
        Integer workingDays = CalendarParameters.days("workingDays", workingDaysText);
        Integer calendarDays = CalendarParameters.days("calendarDays", calendarDaysText);
        CalendarParameters.exactlyOneLimit(workingDays, calendarDays);
        List<Suspension> suspensions = CalendarParameters.suspensions(suspensionTexts);
        WorkCalendar calendar = calendars.current();
        Deadline deadline = workingDays != null ? calendar.deadline(from, workingDays, suspensions)
                : calendar.calendarDayDeadline(from, calendarDays, suspensions);
        return new DeadlineResponse(from, workingDays, calendarDays, suspensions.stream().map(SuspensionView::of).toList(),
                deadline.date(), deadline.provisional(), List.copyOf(deadline.unpublishedYears()),
                notes.deadline(calendarDays != null, deadline.unpublishedYears()));
    }

    WorkingDayResponse workingDay(@Nullable String dateText) {
        DayInfo day = calendars.current().describe(CalendarParameters.date("date", dateText));
        return new WorkingDayResponse(day.date(), day.workingDay(), day.reason().name(), day.holidayName(),
                day.provisional(), notes.day(day));
    }

    WorkingDaysResponse workingDays(@Nullable String fromText, @Nullable String toText,
            @Nullable List<String> suspensionTexts) {
        LocalDate from = CalendarParameters.date("from", fromText);
        LocalDate to = CalendarParameters.date("to", toText);
        CalendarParameters.ordered(from, to);
        List<Suspension> suspensions = CalendarParameters.suspensions(suspensionTexts);
        WorkingDayCount count = calendars.current().workingDaysBetween(from, to, suspensions);
        return new WorkingDaysResponse(from, to, count.days(), suspensions.stream().map(SuspensionView::of).toList(),
                count.provisional(), List.copyOf(count.unpublishedYears()), notes.count(count.unpublishedYears()));
    }
}
