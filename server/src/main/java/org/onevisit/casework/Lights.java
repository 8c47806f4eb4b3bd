package org.onevisit.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule for lights, today, on the current calendar: the working days left before a deadline (negative once it
 * passed) and the light they give, yellow within {@code onevisit.casework.yellow-working-days} (default 2, REFERENCE
 * §6: "≤1–2 working days") of the deadline. The inbox, the case pages, the API and supervision all read it here.
 */
@Component
public class Lights {

    /** How far ahead a yellow light can reach: a year's holidays never hide more working days than this. */
    private static final int LOOK_AHEAD_DAYS = 60;

    private final WorkCalendars calendars;
    private final Clock clock;
    private final int yellowWorkingDays;

    Lights(WorkCalendars calendars, Clock clock, @Value("${onevisit.casework.yellow-working-days:2}") int yellowWorkingDays) {
        this.calendars = calendars;
        this.clock = clock;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public WorkCalendar calendar() {
        return calendars.current();
    }

    /** Working days left today before {@code due}: negative, the working days it is overdue. */
    public int workingDaysLeft(LocalDate due) {
        return workingDaysLeft(due, calendar(), today());
    }

    public Light of(LocalDate due) {
        return Light.of(workingDaysLeft(due), yellowWorkingDays);
    }

    /** The light of {@code due} on {@code today}, on {@code calendar}: for a page that reads many with one calendar. */
    public Light of(LocalDate due, WorkCalendar calendar, LocalDate today) {
        return Light.of(workingDaysLeft(due, calendar, today), yellowWorkingDays);
    }

    public static int workingDaysLeft(LocalDate due, WorkCalendar calendar, LocalDate today) {
        return today.isAfter(due) ? -calendar.workingDaysBetween(due, today).days()
                : calendar.workingDaysBetween(today, due).days();
    }

    /** The last deadline that is yellow today: deadlines from today to it are yellow, later ones green. */
    LocalDate lastYellowDay() {
        WorkCalendar calendar = calendar();
        LocalDate today = today();
        LocalDate day = today;
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++) {
            LocalDate next = day.plusDays(1);
            if (of(next, calendar, today) != Light.YELLOW) {
                return day;
            }
            day = next;
        }
        return day;
    }
}
