package org.onevisit.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.WorkCalendar;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.calendar.YearArrangement;
import org.onevisit.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public calendar page: a year as month grids, and a deadline calculator. */
@Controller
class CalendarPage {

    private final WorkCalendars calendars;
    private final CalendarQueries queries;
    private final CalendarNotes notes;
    private final Clock clock;

    CalendarPage(WorkCalendars calendars, CalendarQueries queries, CalendarNotes notes, Clock clock) {
        this.calendars = calendars;
        this.queries = queries;
        this.notes = notes;
        this.clock = clock;
    }

    /** The calculator's fields as typed, shown back with the answer or the error. */
    record CalculatorForm(@Nullable String from, @Nullable String workingDays, @Nullable String calendarDays,
            @Nullable String suspensions) {

        boolean submitted() {
            return from != null || workingDays != null || calendarDays != null;
        }

        List<String> suspensionList() {
            return suspensions == null ? List.of() : Arrays.stream(suspensions.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        }
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) @Nullable String year, CalculatorForm form, Model model) {
        int shown = shownYear(year, model);
        WorkCalendar calendar = calendars.current();
        model.addAttribute("year", shown);
        model.addAttribute("arrangement", calendars.years().stream()
                .filter(a -> a.year() == shown && a.isPublished()).findFirst().orElse(null));
        model.addAttribute("months", IntStream.rangeClosed(1, 12).mapToObj(m -> MonthView.of(YearMonth.of(shown, m), calendar)).toList());
        model.addAttribute("publishedYears", calendar.publishedYears());
        model.addAttribute("form", form);
        if (form.submitted()) {
            try {
                model.addAttribute("result", queries.deadline(form.from(), form.workingDays(), form.calendarDays(),
                        form.suspensionList()));
            } catch (DomainException e) {
                model.addAttribute("calculatorError", notes.error(e));
            }
        }
        return "calendar/calendar";
    }

    private int shownYear(@Nullable String year, Model model) {
        int current = LocalDate.now(clock).getYear();
        if (year == null || year.isBlank()) {
            return current;
        }
        try {
            int asked = CalendarParameters.year("year", year);
            if (asked < YearArrangement.FIRST_YEAR || asked > YearArrangement.LAST_YEAR) {
                throw new DomainException(DomainException.Kind.INVALID, "calendar-year-out-of-range", "Year out of range",
                        year, YearArrangement.FIRST_YEAR, YearArrangement.LAST_YEAR);
            }
            return asked;
        } catch (DomainException e) {
            model.addAttribute("yearError", notes.error(e));
            return current;
        }
    }
}
