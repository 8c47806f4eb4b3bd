package org.onevisit.evaluation.web;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.evaluation.BadRatingHandling;
import org.onevisit.evaluation.BadRatingHandling.HandledRating;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
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

import jakarta.validation.constraints.Size;

/**
 * 差评整改: a department's officials see its bad ratings — those still owed first, overdue flagged — and call back,
 * fix, answer the applicant or appeal in the row's forms; supervisors see every department's and decide appeals.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','COORDINATOR','ADMIN','REVIEWER','CHIEF_REPRESENTATIVE')")
class BadRatingPages {

    private static final String PAGE = "/staff/bad-ratings";

    /** A bad rating with its department's name. */
    record Row(HandledRating handled, String departmentName) {
    }

    private final BadRatingHandling handling;
    private final DepartmentNames names;
    private final MessageSource texts;
    private final Clock clock;

    BadRatingPages(BadRatingHandling handling, DepartmentNames names, MessageSource texts, Clock clock) {
        this.handling = handling;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String list(@RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            Authentication user, Model model, Locale locale) {
        DepartmentNames.Named departments = names.of(locale);
        model.addAttribute("rows", handling.list(user.getName(), department == null || department.isBlank() ? null
                : department.strip()).stream().map(h -> new Row(h, departments.name(h.rating().department()))).toList());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("supervisor", user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR")));
        model.addAttribute("official", user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(
                "ROLE_REVIEWER") || a.getAuthority().equals("ROLE_CHIEF_REPRESENTATIVE")));
        return "evaluation/bad-ratings";
    }

    @PostMapping(PAGE + "/{id}/call-back")
    String callBack(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String text,
            @RequestParam long version, Authentication user, Locale locale, RedirectAttributes redirect) {
        return act(id, "call-back", () -> handling.callBack(id, version, text, user.getName()), locale, redirect);
    }

    @PostMapping(PAGE + "/{id}/fix")
    String fix(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String text,
            @RequestParam long version, Authentication user, Locale locale, RedirectAttributes redirect) {
        return act(id, "fix", () -> handling.fix(id, version, text, user.getName()), locale, redirect);
    }

    @PostMapping(PAGE + "/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String text,
            @RequestParam long version, Authentication user, Locale locale, RedirectAttributes redirect) {
        return act(id, "feedback", () -> handling.sendFeedback(id, version, text, user.getName()), locale, redirect);
    }

    @PostMapping(PAGE + "/{id}/appeal")
    String appeal(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String text,
            @RequestParam long version, Authentication user, Locale locale, RedirectAttributes redirect) {
        return act(id, "appeal", () -> handling.appeal(id, version, text, user.getName()), locale, redirect);
    }

    @PostMapping(PAGE + "/{id}/appeal-decision")
    String decideAppeal(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String text,
            @RequestParam long version, @RequestParam(defaultValue = "false") boolean upheld, Authentication user,
            Locale locale, RedirectAttributes redirect) {
        return act(id, "appeal-decision", () -> handling.decideAppeal(id, version, upheld, text, user.getName()), locale,
                redirect);
    }

    /**
     * Takes the step; a step out of turn, or one taken meanwhile by someone else, is shown at the row in the user's
     * language; a person who may not take it gets the error page (403).
     */
    private String act(long id, String step, Runnable action, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("done", texts.getMessage("evaluation.bad.done." + step, null, locale));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("problem", DomainMessages.text(texts, e, locale));
            redirect.addFlashAttribute("problemId", id);
        }
        return "redirect:" + PAGE + "#rating-" + id;
    }
}
