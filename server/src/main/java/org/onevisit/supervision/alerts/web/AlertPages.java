package org.onevisit.supervision.alerts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.supervision.alerts.Alert;
import org.onevisit.platform.Limits;
import org.onevisit.supervision.alerts.AlertFilter;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertState;
import org.onevisit.supervision.alerts.Alerts;
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
 * The alerts' pages: "我的预警" ({@code /staff/alerts}), where handlers, chief representatives, department heads and
 * supervisors find the alerts they received, acknowledge them and answer them; and the supervisors' list of every
 * alert ({@code /supervision/alerts}) by level, department and state. The same as {@code /api/v1/alerts}.
 */
@Controller
class AlertPages {

    /** The answer form as it was sent, shown again beside its error. */
    record AnswerForm(long alertId, String answer) {
    }

    private final Alerts alerts;
    private final AlertReading reading;
    private final MessageSource messages;

    AlertPages(Alerts alerts, AlertReading reading, MessageSource messages) {
        this.alerts = alerts;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/staff/alerts")
    @PreAuthorize(AlertApi.RECIPIENTS)
    String mine(@RequestParam(required = false) @Nullable @Size(max = 20) String state,
            @RequestParam(required = false) @Nullable @Size(max = Limits.NUMBER) String caseNumber, Authentication user,
            Model model, Locale locale) {
        return mine(AlertReading.filter(null, null, state, caseNumber), user, model, locale, null, null);
    }

    @PostMapping("/staff/alerts/{id}/acknowledgement")
    @PreAuthorize(AlertApi.RECIPIENTS)
    String acknowledge(@PathVariable long id, @RequestParam(required = false) @Nullable @Size(max = 20) String filterState,
            @RequestParam(required = false) @Nullable @Size(max = Limits.NUMBER) String filterCase, Authentication user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> alerts.acknowledge(id, user.getName()), "supervision.alerts.done.acknowledged", null,
                kept(filterState, filterCase), user, model, locale, redirect, response);
    }

    @PostMapping("/staff/alerts/{id}/answer")
    @PreAuthorize(AlertApi.RECIPIENTS)
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String version,
            @RequestParam(required = false) @Nullable @Size(max = 20) String filterState,
            @RequestParam(required = false) @Nullable @Size(max = Limits.NUMBER) String filterCase, Authentication user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        AlertFilter filter = kept(filterState, filterCase);
        AnswerForm form = new AnswerForm(id, answer.length() > Alert.ANSWER_LENGTH ? "" : answer);
        long seen;
        try {
            seen = Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return mine(filter, user, model, locale,
                    messages.getMessage("supervision.alerts.error.stale", null, locale), form);
        }
        return act(() -> alerts.answer(id, seen, answer, user.getName()), "supervision.alerts.done.answered", form,
                filter, user, model, locale, redirect, response);
    }

    /** The list's filter the page was showing when an alert on it was acted on; an unreadable one is dropped. */
    private static AlertFilter kept(@Nullable String state, @Nullable String caseNumber) {
        try {
            return AlertReading.filter(null, null, state, caseNumber);
        } catch (DomainException e) {
            return AlertFilter.ALL;
        }
    }

    /**
     * Does it and goes back to 我的预警, as filtered, with {@code done}; a refusal shows the page again with its message
     * and status.
     */
    private String act(Runnable action, String done, @Nullable AnswerForm form, AlertFilter filter, Authentication user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            action.run();
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            return mine(filter, user, model, locale, DomainMessages.text(messages, e, locale), form);
        }
        redirect.addFlashAttribute("done", messages.getMessage(done, null, locale));
        if (filter.state() != null) {
            redirect.addAttribute("state", filter.state().name());
        }
        if (filter.caseNumber() != null) {
            redirect.addAttribute("caseNumber", filter.caseNumber());
        }
        return "redirect:/staff/alerts";
    }

    @GetMapping("/supervision/alerts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String all(@RequestParam(required = false) @Nullable @Size(max = 20) String level,
            @RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(required = false) @Nullable @Size(max = 20) String state,
            @RequestParam(required = false) @Nullable @Size(max = Limits.NUMBER) String caseNumber, Authentication user,
            Model model, Locale locale) {
        AlertFilter filter = AlertReading.filter(level, department, state, caseNumber);
        model.addAttribute("alerts", reading.views(filter, user, true, locale));
        model.addAttribute("filter", filter);
        Map<String, String> departments = new TreeMap<>();
        reading.views(AlertFilter.ALL, user, true, locale)
                .forEach(v -> departments.put(v.department(), v.departmentName()));
        model.addAttribute("departments", departments.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).toList());
        model.addAttribute("levels", List.of(AlertLevel.values()));
        model.addAttribute("states", List.of(AlertState.values()));
        return "supervision/alerts";
    }

    private String mine(AlertFilter filter, Authentication user, Model model, Locale locale, @Nullable String problem,
            @Nullable AnswerForm form) {
        model.addAttribute("alerts", reading.views(filter, user, false, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("states", List.of(AlertState.values()));
        model.addAttribute("problem", problem);
        model.addAttribute("answerForm", form);
        return "supervision/my-alerts";
    }
}
