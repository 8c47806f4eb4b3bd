package org.onevisit.intake.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Necessity;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Deficiency;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Refusal;
import org.onevisit.people.CreditCode;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
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
 * The integrated counter's workbench (综合窗口受理台) once a case is received (the new-case form is
 * {@link CounterIntakePages}): answer it — accept, tell everything missing at once, accept on a pledge or refuse —
 * and tick materials handed in later. The list shows recent cases and the online
 * pre-checks waiting for a clerk. Every decision carries the version of the case the clerk saw, so two clerks
 * acting at once get a conflict instead of overwriting each other. Longer than most classes: one handler a counter
 * answer, each redrawing the workbench with the clerk's input and the problem when refused.
 */
@Controller
@RequestMapping("/staff/counter")
@PreAuthorize(CounterDesk.OPENS)
class WorkbenchPages {

    static final List<MaterialStatus> CHOICES = List.of(MaterialStatus.PROVIDED, MaterialStatus.MISSING,
            MaterialStatus.BY_CERTIFICATE, MaterialStatus.NOT_APPLICABLE);

    /** The most cases the search by applicant shows. */
    private static final int APPLICANT_CASES = 50;

    private final Intake intake;
    private final CounterDecisions decisions;
    private final CaseSupplements supplements;
    private final MessageSource messages;
    private final Clock clock;

    WorkbenchPages(Intake intake, CounterDecisions decisions, CaseSupplements supplements, MessageSource messages,
            Clock clock) {
        this.intake = intake;
        this.decisions = decisions;
        this.supplements = supplements;
        this.messages = messages;
        this.clock = clock;
    }

    // --- the list -----------------------------------------------------------------------------------

    @GetMapping
    String list(Model model) {
        List<IntakeCase> recent = intake.recent(200);
        model.addAttribute("preChecks", recent.stream().filter(c -> c.status() == CaseStatus.PRE_CHECK).toList());
        model.addAttribute("recent", recent.stream().limit(50).toList());
        model.addAttribute("zone", clock.getZone());
        return "intake/workbench-list";
    }

    @PostMapping("/cases/{number}/pre-check")
    String preCheck(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> remarks = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("remark_") && !value.isBlank()) {
                remarks.put(name.substring("remark_".length()), value.strip());
            }
        });
        try {
            decisions.preCheck(number, remarks, params.getOrDefault("note", "").strip(), act(clerk, params));
            redirect.addFlashAttribute("done", message("intake.page.done.preCheck", locale, number));
        } catch (DomainException e) {
            refusedOutright(e);
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
        }
        return "redirect:/staff/counter";
    }

    @PostMapping("/cases/{number}/receive")
    String receive(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            RedirectAttributes redirect, Locale locale) {
        try {
            decisions.receive(number, act(clerk, params));
            redirect.addFlashAttribute("done", message("intake.page.done.receive", locale));
            return "redirect:/staff/counter/cases/" + number;
        } catch (DomainException e) {
            refusedOutright(e);
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
            return "redirect:/staff/counter";
        }
    }

    @GetMapping("/open")
    String open(@RequestParam(defaultValue = "") String number) {
        String n = number.strip();
        return n.matches("[0-9A-Za-z-]{1,40}") ? "redirect:/staff/counter/cases/" + n : "redirect:/staff/counter";
    }

    /**
     * An applicant's cases found by ID number or credit code, the newest first. Posted, so the number stays out of
     * addresses and access logs; the page shows it masked.
     */
    @PostMapping("/applicant-cases")
    String applicantCases(@RequestParam(defaultValue = "") String identifier, Model model, Locale locale,
            HttpServletResponse response) {
        String typed = identifier.strip().toUpperCase(Locale.ROOT);
        boolean person = ResidentIdNumber.problem(typed, clock).isEmpty();
        if (!person && CreditCode.problem(typed).isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", message("intake.page.error.identifierInvalid", locale));
            return "intake/workbench-applicant";
        }
        model.addAttribute("cases", intake.ofApplicant(typed, APPLICANT_CASES));
        model.addAttribute("masked", person ? ResidentIdNumber.parse(typed, clock).masked() : typed);
        model.addAttribute("zone", clock.getZone());
        return "intake/workbench-applicant";
    }

    // --- a case and the counter's answer ------------------------------------------------------------

    @GetMapping("/cases/{number}")
    String show(@PathVariable String number, Model model, Locale locale, HttpServletResponse response) {
        try {
            return casePage(intake.find(number), Map.of(), null, model, locale);
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            model.addAttribute("back", "/staff/counter");
            return "intake/not-found";
        }
    }

    @PostMapping("/cases/{number}/accept")
    String accept(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return decide(number, params, model, locale, redirect, response, "intake.page.done.accept",
                () -> decisions.accept(number, act(clerk, params)));
    }

    @PostMapping("/cases/{number}/notice")
    String notice(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        List<Deficiency> lines = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("problem_") && !value.isBlank()) {
                lines.add(new Deficiency(name.substring("problem_".length()), "", value.strip()));
            }
        });
        return decide(number, params, model, locale, redirect, response, "intake.page.done.notice",
                () -> decisions.notifyDeficiencies(number, lines, act(clerk, params)));
    }

    @PostMapping("/cases/{number}/pledge")
    String pledge(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return decide(number, params, model, locale, redirect, response, "intake.page.done.pledge", () -> {
            if (!"true".equals(params.get("signed"))) {
                throw new DomainException(DomainException.Kind.INVALID, "intake-page-pledge-unsigned",
                        message("intake.page.error.pledgeUnsigned", locale));
            }
            return decisions.acceptOnPledge(number, pledgeText(intake.find(number)), act(clerk, params));
        });
    }

    @PostMapping("/cases/{number}/refuse")
    String refuse(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return decide(number, params, model, locale, redirect, response, "intake.page.done.refuse", () -> {
            String reason = params.getOrDefault("reason", "").strip();
            if (reason.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID, "intake-page-reason-missing",
                        message("intake.page.error.reasonMissing", locale));
            }
            return decisions.refuse(number, new Refusal(reason, params.getOrDefault("competentAuthority", "").strip(),
                    params.getOrDefault("remedies", "").strip()), act(clerk, params));
        });
    }

    /** A material handed in on paper later, satisfied by a certificate, not applicable, or missing after all. */
    @PostMapping("/cases/{number}/materials/{key}")
    String mark(@PathVariable String number, @PathVariable String key, @RequestParam Map<String, String> params,
            Authentication clerk, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return decide(number, params, model, locale, redirect, response, "intake.page.done.mark", () -> {
            MaterialStatus status = WorkbenchForm.status(params.getOrDefault("status", ""))
                    .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "intake-page-status-invalid",
                            message("intake.page.error.statusInvalid", locale)));
            return supplements.mark(number, key, status, act(clerk, params));
        });
    }

    /** Runs a decision; on success back to the case, otherwise the case page again with the message and the input. */
    private String decide(String number, Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response, String done,
            java.util.function.Supplier<IntakeCase> decision) {
        try {
            decision.get();
            redirect.addFlashAttribute("done", message(done, locale));
            return "redirect:/staff/counter/cases/" + number;
        } catch (DomainException e) {
            refusedOutright(e);
            response.setStatus(DomainMessages.status(e).value());
            try {
                return casePage(intake.find(number), params, DomainMessages.text(messages, e, locale), model, locale);
            } catch (DomainException notFound) {
                model.addAttribute("problem", DomainMessages.text(messages, notFound, locale));
                return "intake/not-found";
            }
        }
    }

    private String casePage(IntakeCase c, Map<String, String> input, @Nullable String problem, Model model,
            Locale locale) {
        model.addAttribute("c", c);
        model.addAttribute("input", input);
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        List<CaseMaterial> missing = c.missing();
        boolean pledgeable = !missing.isEmpty() && missing.stream().allMatch(m -> m.necessity() == Necessity.DEFERRABLE);
        model.addAttribute("missing", missing);
        model.addAttribute("pledgeable", pledgeable);
        model.addAttribute("pledgeText", pledgeable ? pledgeText(c) : "");
        model.addAttribute("remedies", message("intake.page.refuse.remediesDefault", locale));
        model.addAttribute("choices", CHOICES);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("decidable", c.status() == CaseStatus.RECEIVED);
        model.addAttribute("refusable", c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.AWAITING_SUPPLEMENT);
        model.addAttribute("markable", c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.PRE_CHECK
                || c.status() == CaseStatus.AWAITING_SUPPLEMENT || c.status() == CaseStatus.ACCEPTED_ON_PLEDGE);
        return "intake/workbench-case";
    }

    /**
     * The standard 容缺 pledge the applicant signs: who, what, the materials pledged and the rule for the supplement
     * deadline. It is kept in Chinese, the language of the signed paper.
     */
    String pledgeText(IntakeCase c) {
        String materials = String.join("、", c.missing().stream().map(CaseMaterial::name).toList());
        return messages.getMessage("intake.page.pledge.text", new Object[] {c.parties().applicant().name(),
                c.application().subjectName(), c.number().value(), materials}, Locale.SIMPLIFIED_CHINESE);
    }

    // --- shared by the intake pages -----------------------------------------------------------------

    /** A step the person may not take at all is answered by the error page (403), not beside the form. */
    static void refusedOutright(DomainException e) {
        if (e.kind() == DomainException.Kind.FORBIDDEN) {
            throw e;
        }
    }

    private static Act act(Authentication user, Map<String, String> params) {
        return new Act(user.getName(), Channel.COUNTER, version(params));
    }

    /** The version of the case the page showed; none when the form did not say. */
    static @Nullable Long version(Map<String, String> params) {
        try {
            String v = params.get("version");
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
