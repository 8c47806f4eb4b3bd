package org.onevisit.intake.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffCounters;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/**
 * The counter workbench's front page (综合窗口受理台): the counter the clerk sits at today (本窗口), which they change
 * themselves as they rotate; the online pre-checks waiting for a clerk; and the recent cases. The counter is people's
 * ({@link StaffCounters}); intake records it on every visit the clerk serves (ADR 0038).
 */
@Controller
@RequestMapping("/staff/counter")
@PreAuthorize(CounterDesk.OPENS)
class WorkbenchListPage {

    /** The clerk's counter as the page shows it: its number and name, or none; and the counters to choose from. */
    record Seat(@Nullable String number, @Nullable String name, List<OrganisationNames.Choice> counters) {
    }

    private final Intake intake;
    private final StaffCounters counters;
    private final MessageSource messages;
    private final Clock clock;

    WorkbenchListPage(Intake intake, StaffCounters counters, MessageSource messages, Clock clock) {
        this.intake = intake;
        this.counters = counters;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Principal clerk, Model model, Locale locale) {
        model.addAttribute("preChecks", intake.waitingForPreCheck(500));
        model.addAttribute("recent", intake.recent(50));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("seat", seat(clerk.getName(), locale));
        return "intake/workbench-list";
    }

    /** The clerk sits at another counter from now on, or at none (blank); an unknown number is said on the page. */
    @PostMapping("/seat")
    String seat(@RequestParam(defaultValue = "") @Size(max = 16) String counter, Principal clerk, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            Optional<String> seated = counters.seat(clerk.getName(), counter, clerk.getName(), "COUNTER");
            Seat now = seat(clerk.getName(), locale);
            redirect.addFlashAttribute("done", seated.isPresent()
                    ? messages.getMessage("intake.page.seat.changed", new Object[] {label(now, locale)}, locale)
                    : messages.getMessage("intake.page.seat.left", null, locale));
            return "redirect:/staff/counter";
        } catch (DomainException e) {
            model.addAttribute("seatProblem", DomainMessages.text(messages, e, locale));
            return list(clerk, model, locale);
        }
    }

    private Seat seat(String clerk, Locale locale) {
        List<OrganisationNames.Choice> all = counters.counters(locale);
        @Nullable String number = counters.counterOf(clerk).orElse(null);
        @Nullable String name = all.stream().filter(c -> c.code().equals(number)).map(OrganisationNames.Choice::name)
                .findFirst().orElse(null);
        return new Seat(number, name, all);
    }

    private String label(Seat seat, Locale locale) {
        String counter = messages.getMessage("intake.page.visitCounter", new Object[] {seat.number()}, locale);
        return seat.name() == null ? counter : counter + " " + seat.name();
    }
}
