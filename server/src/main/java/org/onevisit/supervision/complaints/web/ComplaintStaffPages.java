package org.onevisit.supervision.complaints.web;

import java.util.Locale;
import java.util.Map;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.supervision.complaints.ComplaintHandling;
import org.onevisit.supervision.complaints.Complaints;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * The staff's complaint pages outside supervision: the counter's form for a complaint made in person, and a
 * department's complaints routed to it, which its chief representative or head answers.
 */
@Controller
class ComplaintStaffPages {

    private static final int SHOWN = 200;

    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final ComplaintViews views;
    private final ComplaintForms forms;
    private final MessageSource messages;

    ComplaintStaffPages(Complaints complaints, ComplaintHandling handling, ComplaintViews views, ComplaintForms forms,
            MessageSource messages) {
        this.complaints = complaints;
        this.handling = handling;
        this.views = views;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/staff/counter/complaints/new")
    @PreAuthorize("hasRole('CLERK')")
    String counterForm(Model model) {
        return forms.show(model, true, null);
    }

    @PostMapping("/staff/counter/complaints/new")
    @PreAuthorize("hasRole('CLERK')")
    String record(@RequestParam Map<String, String> form, Authentication clerk, Model model, Locale locale,
            HttpServletResponse response) {
        String number = forms.submit(form, true, clerk.getName(), model, locale, response);
        if (number == null) {
            return "supervision/complaints/form";
        }
        model.addAttribute("done", messages.getMessage("supervision.complaint.recorded", new Object[] {number}, locale));
        return forms.show(model, true, null);
    }

    @GetMapping("/staff/complaints")
    @PreAuthorize("hasAnyRole('CHIEF_REPRESENTATIVE','DEPARTMENT_HEAD')")
    String department(Authentication official, Model model, Locale locale) {
        model.addAttribute("mode", "department");
        model.addAttribute("complaints", views.of(complaints.list(null, null, official.getName(), 0, SHOWN), locale));
        return "supervision/complaints/list";
    }

    @GetMapping("/staff/complaints/{number}")
    @PreAuthorize("hasAnyRole('CHIEF_REPRESENTATIVE','DEPARTMENT_HEAD')")
    String complaint(@PathVariable @Size(max = 20) String number, Authentication official, Model model, Locale locale) {
        model.addAttribute("mode", "department");
        model.addAttribute("c", views.of(complaints.find(number, official.getName()), locale));
        return "supervision/complaints/complaint";
    }

    @PostMapping("/staff/complaints/{number}/answer")
    @PreAuthorize("hasAnyRole('CHIEF_REPRESENTATIVE','DEPARTMENT_HEAD')")
    String answer(@PathVariable @Size(max = 20) String number, @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "") @Size(max = 4000) String text, Authentication official, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            handling.answer(number, version, text, official.getName());
            redirect.addFlashAttribute("done", messages.getMessage("supervision.complaint.done", null, locale));
            return "redirect:/staff/complaints/" + number;
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            return complaint(number, official, model, locale);
        }
    }
}
