package org.onevisit.supervision.complaints.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.Notifications;
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
 * 我的投诉 on the portal: the applicant's complaints with their states, the form to make one (also from a case's
 * page, about that case), and a complaint with its decision, answer, result and the notices sent.
 */
@Controller
@RequestMapping("/portal/complaints")
@PreAuthorize("hasRole('APPLICANT')")
class ComplaintPortalPages {

    private static final int SHOWN = 100;

    private final Complaints complaints;
    private final ComplaintViews views;
    private final ComplaintForms forms;
    private final Notifications notifications;
    private final MessageSource messages;

    ComplaintPortalPages(Complaints complaints, ComplaintViews views, ComplaintForms forms, Notifications notifications,
            MessageSource messages) {
        this.complaints = complaints;
        this.views = views;
        this.forms = forms;
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    String list(Authentication applicant, Model model, Locale locale) {
        model.addAttribute("mode", "portal");
        model.addAttribute("complaints", views.of(complaints.list(null, null, applicant.getName(), 0, SHOWN), locale));
        return "supervision/complaints/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(name = "case", required = false) @Nullable @Size(max = 40) String caseNumber,
            Model model) {
        return forms.show(model, false, caseNumber);
    }

    @PostMapping
    String submit(@RequestParam Map<String, String> form, Authentication applicant, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        String number = forms.submit(form, false, applicant.getName(), model, locale, response);
        if (number == null) {
            return "supervision/complaints/form";
        }
        redirect.addFlashAttribute("done", messages.getMessage("supervision.complaint.submitted", new Object[] {number},
                locale));
        return "redirect:/portal/complaints/" + number;
    }

    @GetMapping("/{number}")
    String complaint(@PathVariable @Size(max = 20) String number, Authentication applicant, Model model, Locale locale) {
        model.addAttribute("mode", "portal");
        model.addAttribute("c", views.of(complaints.find(number, applicant.getName()), locale));
        model.addAttribute("notices", notifications.about(number));
        return "supervision/complaints/complaint";
    }
}
