package org.onevisit.calendar.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.calendar.CalendarAdministration;
import org.onevisit.calendar.DayKind;
import org.onevisit.calendar.Notice;
import org.onevisit.calendar.SpecialDay;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping the calendar, for administrators (the {@code /admin} area needs ROLE_ADMIN): each change posts,
 * then the page is shown again with the outcome, a refusal as a message.
 */
@Controller
class CalendarAdminPage {

    private static final String PAGE = "redirect:/admin/calendar";

    private final CalendarAdministration administration;
    private final WorkCalendars calendars;
    private final CalendarNotes notes;

    CalendarAdminPage(CalendarAdministration administration, WorkCalendars calendars, CalendarNotes notes) {
        this.administration = administration;
        this.calendars = calendars;
        this.notes = notes;
    }

    record YearForm(@Nullable String year, @Nullable String noticeTitle, @Nullable String noticeReference,
            @Nullable String noticePublished) {
    }

    record DayForm(@Nullable String date, @Nullable String kind, @Nullable String name, @Nullable String version) {
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
        model.addAttribute("years", calendars.years().stream().map(CalendarViews.YearSummary::of).toList());
        if (year != null) {
            try {
                model.addAttribute("selected", CalendarViews.YearResponse.of(calendars.year(year)));
            } catch (DomainException e) {
                model.addAttribute("error", notes.error(e));
            }
        }
        model.addAttribute("kinds", DayKind.values());
        return "calendar/admin";
    }

    @PostMapping("/admin/calendar/years")
    String addYear(YearForm form, RedirectAttributes redirect) {
        return act(redirect, form.year(), () -> {
            int year = CalendarParameters.year("year", form.year());
            String published = form.noticePublished();
            administration.addYear(year, notice(form.noticeTitle(), form.noticeReference(),
                    published == null || published.isBlank() ? null : CalendarParameters.date("noticePublished", published)));
            return year;
        });
    }

    @PostMapping("/admin/calendar/{year}/days")
    String putDay(@PathVariable int year, DayForm form, RedirectAttributes redirect) {
        return act(redirect, String.valueOf(year), () -> {
            LocalDate date = CalendarParameters.date("date", form.date());
            administration.putDay(year, CalendarParameters.version(form.version()),
                    day(date, form.kind(), form.name()));
            return year;
        });
    }

    @PostMapping("/admin/calendar/{year}/days/{date}/remove")
    String removeDay(@PathVariable int year, @PathVariable String date, @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect) {
        return act(redirect, String.valueOf(year), () -> {
            administration.removeDay(year, CalendarParameters.version(version), CalendarParameters.date("date", date));
            return year;
        });
    }

    @PostMapping("/admin/calendar/{year}/publish")
    String publish(@PathVariable int year, @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect) {
        return act(redirect, String.valueOf(year), () -> {
            administration.publish(year, CalendarParameters.version(version));
            return year;
        });
    }

    private String act(RedirectAttributes redirect, @Nullable String year, Action action) {
        try {
            int done = action.run();
            redirect.addFlashAttribute("done", true);
            return PAGE + "?year=" + done;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", notes.error(e));
            return year != null && year.strip().matches("\\d{4}") ? PAGE + "?year=" + year.strip() : PAGE;
        }
    }

    private static Notice notice(@Nullable String title, @Nullable String reference, @Nullable LocalDate published) {
        if (title == null || title.isBlank() || title.strip().length() > Notice.TITLE_MAX
                || (reference != null && reference.strip().length() > Notice.REFERENCE_MAX)) {
            throw new DomainException(DomainException.Kind.INVALID, "calendar-title-invalid", "Bad notice title");
        }
        return new Notice(title, reference, published);
    }

    private static SpecialDay day(LocalDate date, @Nullable String kind, @Nullable String name) {
        DayKind dayKind;
        try {
            dayKind = DayKind.valueOf(CalendarParameters.required("kind", kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "calendar-kind-invalid", "Bad kind", String.valueOf(kind));
        }
        if (name == null || name.isBlank() || name.strip().length() > SpecialDay.NAME_MAX) {
            throw new DomainException(DomainException.Kind.INVALID, "calendar-name-invalid", "Bad holiday name");
        }
        return new SpecialDay(date, dayKind, name);
    }

    @FunctionalInterface
    private interface Action {
        int run();
    }
}
