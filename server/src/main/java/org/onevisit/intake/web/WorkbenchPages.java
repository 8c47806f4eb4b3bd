package org.onevisit.intake.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CaseDocuments;
import org.onevisit.intake.CaseFileReader;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.files.MaterialFiles;
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
 * and tick materials handed in later (the workbench's front page is {@link WorkbenchListPage}). Every decision carries the version of the case the clerk saw, so two clerks
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
    private final CaseDocuments documents;
    private final CaseFileReader caseFiles;
    private final MessageSource messages;
    private final Clock clock;

    WorkbenchPages(Intake intake, CounterDecisions decisions, CaseSupplements supplements, CaseDocuments documents,
            CaseFileReader caseFiles, MessageSource messages, Clock clock) {
        this.intake = intake;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.decisions = decisions;
        this.supplements = supplements;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The pre-check form of an online application: each material with its files to open in the page's viewer, marked
     * accepted or with what is missing or wrong; and the overall note.
     */
    @GetMapping("/cases/{number}/pre-check")
    String preCheckForm(@PathVariable String number, @RequestParam(defaultValue = "") String view, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            IntakeCase c = intake.find(number);
            if (c.status() != CaseStatus.PRE_CHECK) {
                return "redirect:/staff/counter/cases/" + number;
            }
            viewer(c, view, model);
            model.addAttribute("c", c);
            model.addAttribute("fileInfo", caseFiles.storedOf(c));
            model.addAttribute("roleNames", ApplicantRows.roleNames(intake, c, locale));
            model.addAttribute("zone", clock.getZone());
            return "intake/workbench-precheck";
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            model.addAttribute("back", "/staff/counter");
            return "intake/not-found";
        }
    }

    /**
     * The pre-check's result: a material marked {@code verdict_<key>=DEFICIENT} (or remarked without a verdict) is a
     * line of the one-time notice, with its remark ({@code remark_<key>}, or "not handed in" when blank); none marked,
     * the pre-check is passed and the applicant invited to hand the case in.
     */
    @PostMapping("/cases/{number}/pre-check")
    String preCheck(@PathVariable String number, @RequestParam Map<String, String> params, Authentication clerk,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> remarks = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("remark_")) {
                String key = name.substring("remark_".length());
                String verdict = params.getOrDefault("verdict_" + key, "");
                if ("DEFICIENT".equals(verdict) || verdict.isEmpty() && !value.isBlank()) {
                    remarks.put(key, value.isBlank() ? message("intake.page.notice.defaultProblem", locale) : value.strip());
                }
            }
        });
        String note = params.getOrDefault("note", "").strip();
        if (note.isEmpty()) {
            note = message(remarks.isEmpty() ? "intake.page.preCheck.passedNote" : "intake.page.preCheck.failedNote",
                    Locale.SIMPLIFIED_CHINESE);
        }
        try {
            IntakeCase c = decisions.preCheck(number, remarks, note, act(clerk, params));
            redirect.addFlashAttribute("done", message(c.preCheckPassed() ? "intake.page.done.preCheckPassed"
                    : "intake.page.done.preCheckFailed", locale, number, remarks.size()));
            return "redirect:/staff/counter/cases/" + number;
        } catch (DomainException e) {
            refusedOutright(e);
            redirect.addFlashAttribute("problem", DomainMessages.text(messages, e, locale));
            return "redirect:/staff/counter/cases/" + number + "/pre-check";
        }
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

    /**
     * A case, and with {@code view} one of its files in the page's viewer: a PDF in a frame, an image as an image, any
     * other kind (OFD) offered for download.
     */
    @GetMapping("/cases/{number}")
    String show(@PathVariable String number, @RequestParam(defaultValue = "") String view, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            IntakeCase c = intake.find(number);
            viewer(c, view, model);
            return casePage(c, Map.of(), null, model, locale);
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
                () -> decisions.accept(number, acceptance(number, clerk, params)));
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
            return decisions.acceptOnPledge(number, documents.pledgeText(intake.find(number)), act(clerk, params));
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
            return supplements.mark(number, key, status, marking(number, clerk, params));
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
        boolean pledgeable = CaseDocuments.pledgeable(c);
        model.addAttribute("missing", missing);
        model.addAttribute("pledgeable", pledgeable);
        model.addAttribute("pledgeText", pledgeable ? documents.pledgeText(c) : "");
        model.addAttribute("roleNames", ApplicantRows.roleNames(intake, c, locale));
        model.addAttribute("fileInfo", caseFiles.storedOf(c));
        model.addAttribute("answers", intake.answersOf(c));
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
     * A file shown in the case page's viewer, from its one address (ADR 0028).
     *
     * @param kind {@code pdf} or {@code image} shown in the page, {@code other} only downloaded
     */
    record Viewer(String id, String name, String kind, String material, String href) {
    }

    /** The file {@code view} of the case in the page's viewer, when one is asked for. */
    private void viewer(IntakeCase c, String view, Model model) {
        if (view.isBlank()) {
            return;
        }
        CaseFileReader.FileOfMaterial shown = caseFiles.ofMaterial(c, view.strip());
        MaterialFiles.Served served = shown.served();
        model.addAttribute("viewer", new Viewer(served.file().id().toString(), served.file().originalName(),
                !served.inline() ? "other" : served.mediaType().startsWith("image/") ? "image" : "pdf",
                shown.material().name(), shown.href()));
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

    /**
     * Acceptance from the workbench: a case handed in at the counter is accepted in the applicant's presence; a case
     * applied for online, post or app is accepted remotely (网上受理, no visit) unless the clerk ticks that the applicant
     * is at the counter ({@code present}).
     */
    private Act acceptance(String number, Authentication user, Map<String, String> params) {
        Channel channel = intake.find(number).application().channel();
        boolean present = channel.inPerson() || "on".equals(params.get("present"));
        return new Act(user.getName(), present ? Channel.COUNTER : channel, version(params));
    }

    /**
     * A material ticked on the workbench: handed in at the counter (a visit), except that the later materials of a case
     * that came by post come by post too (ADR 0044), unless the clerk ticks that the applicant is at the counter.
     */
    private Act marking(String number, Authentication user, Map<String, String> params) {
        boolean byPost = intake.find(number).application().channel() == Channel.POSTAL && !"on".equals(params.get("present"));
        return new Act(user.getName(), byPost ? Channel.POSTAL : Channel.COUNTER, version(params));
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
