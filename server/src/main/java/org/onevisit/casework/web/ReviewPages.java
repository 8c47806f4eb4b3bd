package org.onevisit.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewClock;
import org.onevisit.casework.Reviewing;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.DomainException.Kind;
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

/**
 * A case's review page (the inbox is {@link ReviewInboxPage}) where the official answers their department's task, the
 * lead department decides an item once every review is in, and a chief representative decides a delegated
 * item on the spot; with the case's whole history from the audit trail. Every answer carries the version of
 * the task shown, so of two officials answering at once the second is told instead of overwriting. What the page
 * offers each person is what the casework policies let them do; a step they may not take is the error page (403).
 *
 * <p>A decision is taken in two steps: the form, then a page that shows what is about to be decided and asks the
 * official to confirm it. A little past 250 lines: its six posts render the one page again, the problem beside the
 * form, so they stay together; what the page shows is {@link ReviewCaseModel}'s and the choices on each item
 * {@code Deciding}'s.
 */
@Controller
@RequestMapping("/staff/reviews")
@PreAuthorize(ReviewPages.READERS)
class ReviewPages {

    /** Who opens a case's review page: the centre's staff, who read any case; the policies decide who acts on it. */
    static final String READERS = "hasAnyRole('REVIEWER','CHIEF_REPRESENTATIVE','CLERK','COORDINATOR','SUPERVISOR','ADMIN')";

    private static final List<Opinion> LATE_OPINIONS = List.of(Opinion.CONSENT, Opinion.CONSENT_WITH_CONDITIONS,
            Opinion.OBJECTION);

    private final Reviewing reviewing;
    private final ReviewClock reviewClock;
    private final Deciding deciding;
    private final ReviewCaseModel cases;
    private final StaffAccounts staff;
    private final MessageSource messages;
    private final org.onevisit.casework.Corrections corrections;

    ReviewPages(Reviewing reviewing, ReviewClock reviewClock, Deciding deciding, ReviewCaseModel cases,
            StaffAccounts staff, MessageSource messages, org.onevisit.casework.Corrections corrections) {
        this.corrections = corrections;
        this.reviewing = reviewing;
        this.reviewClock = reviewClock;
        this.deciding = deciding;
        this.cases = cases;
        this.staff = staff;
        this.messages = messages;
    }

    // --- a case -------------------------------------------------------------------------------------

    @GetMapping("/cases/{number}")
    String casePage(@PathVariable String number, Authentication user, Model model, Locale locale) {
        return page(number, user, model, locale, null, null);
    }

    @PostMapping("/cases/{number}/tasks/{id}/opinion")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String opinion(@PathVariable String number, @PathVariable long id, @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String version,
            Authentication user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ReviewOpinionForm form = new ReviewOpinionForm(id, opinion, text, version);
        Opinion answer = Arrays.stream(Opinion.values()).filter(o -> o.name().equals(opinion)).findFirst().orElse(null);
        Long expected = parseVersion(version);
        String invalid = answer == null ? "casework.page.error.opinionMissing"
                : text.length() > 4000 ? "casework.page.error.tooLong" : expected == null ? "casework.page.error.stale" : null;
        if (invalid != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(number, user, model, locale, message(invalid, locale), form);
        }
        return act(number, user, model, locale, redirect, response, form, "casework.page.done.opinion", () -> {
            ownTaskOfCase(number, id);
            reviewing.decide(id, answer, text, user.getName(), expected);
        });
    }

    /** The real opinion of a department deemed to consent, given late; the case does not go back. */
    @PostMapping("/cases/{number}/tasks/{id}/late-opinion")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String lateOpinion(@PathVariable String number, @PathVariable long id, @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "") String text, Authentication user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        ReviewOpinionForm form = new ReviewOpinionForm(id, opinion, text, "");
        Opinion answer = LATE_OPINIONS.stream().filter(o -> o.name().equals(opinion)).findFirst().orElse(null);
        if (answer == null || text.length() > 4000) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(number, user, model, locale, message(answer == null ? "casework.page.error.opinionMissing"
                    : "casework.page.error.tooLong", locale), form);
        }
        return act(number, user, model, locale, redirect, response, form, "casework.page.done.lateOpinion", () -> {
            ownTaskOfCase(number, id);
            reviewing.giveLateOpinion(id, answer, text, user.getName());
        });
    }

    @PostMapping("/cases/{number}/tasks/{id}/resumption")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String resume(@PathVariable String number, @PathVariable long id, Authentication user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(number, user, model, locale, redirect, response, null, "casework.page.done.resume", () -> {
            ownTaskOfCase(number, id);
            reviewClock.resume(id, user.getName());
        });
    }

    @PostMapping("/cases/{number}/tasks/{id}/extension")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String extend(@PathVariable String number, @PathVariable long id, @RequestParam(defaultValue = "") String approvedBy,
            @RequestParam(defaultValue = "") String reason, Authentication user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        ReviewExtensionForm form = new ReviewExtensionForm(id, approvedBy, reason);
        if (approvedBy.isBlank() || reason.isBlank() || approvedBy.length() > 100 || reason.length() > 800) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(number, user, model, locale, message("casework.page.error.extensionFields", locale), form);
        }
        return act(number, user, model, locale, redirect, response, form, "casework.page.done.extension", () -> {
            ownTaskOfCase(number, id);
            reviewClock.extend(id, approvedBy.strip(), reason, user.getName());
        });
    }

    /**
     * A decision in two steps: the form posts what the official chose and the page asks them to confirm it (nothing is
     * decided yet); the confirmation posts it again with {@code confirmed=true}, and only then is it decided.
     */
    @PostMapping("/cases/{number}/items/{code}/decision")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String decide(@PathVariable String number, @PathVariable String code, @RequestParam(defaultValue = "") String approve,
            @RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ReviewDecisionForm form = new ReviewDecisionForm(code, approve, reasons);
        if (!approve.equals("true") && !approve.equals("false") || reasons.length() > 4000) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(number, user, model, locale, message(reasons.length() > 4000 ? "casework.page.error.tooLong"
                    : "casework.page.error.decisionMissing", locale), form);
        }
        if (!confirmed) {
            return confirmation(number, code, false, form, user, model, locale, response);
        }
        return act(number, user, model, locale, redirect, response, form, "casework.page.done.decision",
                () -> deciding.decide(number, code, Boolean.parseBoolean(approve), reasons, user.getName()));
    }

    @PostMapping("/cases/{number}/items/{code}/decision-on-the-spot")
    @PreAuthorize(CaseworkApi.OFFICIALS)
    String decideOnTheSpot(@PathVariable String number, @PathVariable String code,
            @RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        String kept = reasons.length() > 4000 ? reasons.substring(0, 4000) : reasons;
        if (!confirmed) {
            return confirmation(number, code, true, new ReviewDecisionForm(code, "true", kept), user, model, locale,
                    response);
        }
        return act(number, user, model, locale, redirect, response, null, "casework.page.done.onTheSpot",
                () -> deciding.decideOnTheSpot(number, code, kept, user.getName()));
    }

    /**
     * The confirmation step (确认决定): what is about to be decided, for whoever may decide it now; anyone else is
     * refused as the decision itself would refuse them.
     */
    private String confirmation(String number, String code, boolean onTheSpot, ReviewDecisionForm form,
            Authentication user, Model model, Locale locale, HttpServletResponse response) {
        org.onevisit.casework.CaseFile c = cases.caseFile(number);
        String itemName = cases.itemName(c, code);
        try {
            deciding.checkDecidable(number, code, user.getName(), onTheSpot);
        } catch (DomainException e) {
            if (e.kind() == Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return page(number, user, model, locale, DomainMessages.text(messages, e, locale), form);
        }
        model.addAttribute("c", c);
        model.addAttribute("itemCode", code);
        model.addAttribute("itemName", itemName);
        model.addAttribute("department", c.item(code).map(i -> cases.departmentName(i.department(), locale)).orElse(""));
        model.addAttribute("applicantName", c.facts().holder().maskedName());
        model.addAttribute("onTheSpot", onTheSpot);
        model.addAttribute("form", form);
        return "casework/confirm-decision";
    }

    /** Runs a step; done, back to the case; refused, the page again with the message and what was typed. */
    private String act(String number, Authentication user, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, @Nullable Object form, String done, Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            if (e.kind() == Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(DomainMessages.status(e).value());
            return page(number, user, model, locale, DomainMessages.text(messages, e, locale), form);
        }
        redirect.addFlashAttribute("done", message(done, locale));
        return "redirect:/staff/reviews/cases/" + number;
    }

    /** The task must be one of this case's: a form posted for another case's task is not found here. */
    private void ownTaskOfCase(String number, long id) {
        if (reviewing.ofCase(number).stream().noneMatch(t -> t.id() == id)) {
            throw new DomainException(Kind.NOT_FOUND, "casework-task-not-found", "No review task " + id, id);
        }
    }

    private String page(String number, Authentication user, Model model, Locale locale, @Nullable String problem,
            @Nullable Object form) {
        cases.fill(number, user.getName(), model, locale);
        StaffMember me = staff.find(user.getName()).orElse(null);
        model.addAttribute("corrections", corrections.ofCase(number).stream()
                .collect(java.util.stream.Collectors.groupingBy(org.onevisit.casework.Correction::taskId)));
        model.addAttribute("opinions", Opinion.values());
        model.addAttribute("lateOpinions", LATE_OPINIONS);
        model.addAttribute("department", me == null || me.departmentCode() == null ? "" : me.departmentCode());
        model.addAttribute("problem", problem);
        model.addAttribute("opinionForm", form instanceof ReviewOpinionForm f ? f : null);
        model.addAttribute("extensionForm", form instanceof ReviewExtensionForm f ? f : null);
        model.addAttribute("decisionForm", form instanceof ReviewDecisionForm f ? f : null);
        return "casework/case";
    }

    private static @Nullable Long parseVersion(String version) {
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
