package org.onevisit.supervision.complaints.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.Notifications;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.supervision.complaints.ComplaintHandling;
import org.onevisit.supervision.complaints.ComplaintState;
import org.onevisit.supervision.complaints.Complaints;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * The supervisors' complaints: the list by state and department, late ones marked, and a complaint's page where they
 * accept it or not, route it to a department picked by name, and close it with the result.
 */
@Controller
@RequestMapping("/supervision/complaints")
@PreAuthorize("hasRole('SUPERVISOR')")
class ComplaintSupervisionPages {

    private static final int SHOWN = 200;

    /** A step of the supervisors' on a complaint. */
    @FunctionalInterface
    private interface Step {
        void take();
    }

    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final ComplaintViews views;
    private final Notifications notifications;
    private final MessageSource messages;

    ComplaintSupervisionPages(Complaints complaints, ComplaintHandling handling, ComplaintViews views,
            Notifications notifications, MessageSource messages) {
        this.complaints = complaints;
        this.handling = handling;
        this.views = views;
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ComplaintState state,
            @RequestParam(required = false) @Nullable @Size(max = 16) String department, Authentication supervisor,
            Model model, Locale locale) {
        String chosen = department == null || department.isBlank() ? null : department;
        model.addAttribute("mode", "supervision");
        model.addAttribute("state", state);
        model.addAttribute("department", chosen);
        model.addAttribute("states", ComplaintState.values());
        model.addAttribute("departments", views.departments(locale));
        model.addAttribute("complaints", views.of(complaints.list(state, chosen, supervisor.getName(), 0, SHOWN),
                locale));
        return "supervision/complaints/list";
    }

    @GetMapping("/{number}")
    String complaint(@PathVariable @Size(max = 20) String number, Authentication supervisor, Model model,
            Locale locale) {
        model.addAttribute("mode", "supervision");
        model.addAttribute("c", views.of(complaints.find(number, supervisor.getName()), locale));
        model.addAttribute("departments", views.departments(locale));
        model.addAttribute("notices", notifications.about(number));
        return "supervision/complaints/complaint";
    }

    @PostMapping("/{number}/accept")
    String accept(@PathVariable @Size(max = 20) String number, @RequestParam(defaultValue = "0") long version,
            Authentication supervisor, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(number, supervisor, model, locale, redirect, response,
                () -> handling.accept(number, version, supervisor.getName()));
    }

    @PostMapping("/{number}/refuse")
    String refuse(@PathVariable @Size(max = 20) String number, @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "") @Size(max = 1000) String reason, Authentication supervisor, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return step(number, supervisor, model, locale, redirect, response,
                () -> handling.refuse(number, version, reason, supervisor.getName()));
    }

    @PostMapping("/{number}/route")
    String route(@PathVariable @Size(max = 20) String number, @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "") @Size(max = 16) String department, Authentication supervisor, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return step(number, supervisor, model, locale, redirect, response,
                () -> handling.route(number, version, department, supervisor.getName()));
    }

    @PostMapping("/{number}/close")
    String close(@PathVariable @Size(max = 20) String number, @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "") @Size(max = 1000) String result, Authentication supervisor, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return step(number, supervisor, model, locale, redirect, response,
                () -> handling.close(number, version, result, supervisor.getName()));
    }

    private String step(String number, Authentication supervisor, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response, Step step) {
        try {
            step.take();
            redirect.addFlashAttribute("done", messages.getMessage("supervision.complaint.done", null, locale));
            return "redirect:/supervision/complaints/" + number;
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            return complaint(number, supervisor, model, locale);
        }
    }
}
