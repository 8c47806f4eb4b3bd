package org.onevisit.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.people.ApplicantKind;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The applicant's own cases in the portal: the list, applying online (the item or bundle, which materials they
 * will upload, an online pre-check or a submission), and a case's page with its status, visits, the deficiency
 * notice and pre-check remarks, an upload for each material still missing, and withdrawal. The applicant is
 * always the logged-in account; another account's case is not found.
 */
@Controller
@RequestMapping("/portal/cases")
class PortalCasePages {

    private final Intake intake;
    private final CaseSupplements supplements;
    private final ApplicantAccounts accounts;
    private final MaterialFiles files;
    private final Catalog catalog;
    private final MessageSource messages;
    private final PortalCaseResults results;

    PortalCasePages(Intake intake, CaseSupplements supplements, ApplicantAccounts accounts, MaterialFiles files,
            Catalog catalog, MessageSource messages, PortalCaseResults results) {
        this.results = results;
        this.intake = intake;
        this.supplements = supplements;
        this.accounts = accounts;
        this.files = files;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String list(Authentication applicant, Model model) {
        model.addAttribute("cases", intake.ofAccount(applicant.getName()));
        return "intake/portal-list";
    }

    @GetMapping("/new")
    String newCase(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String subject,
            Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("hits", WorkbenchHit.search(catalog, q, locale));
        model.addAttribute("searched", !q.isBlank());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("checklist", null);
        if (!subject.isBlank()) {
            try {
                model.addAttribute("checklist",
                        WorkbenchChecklist.of(intake, catalog, subject.strip(), Map.of(), MaterialStatus.MISSING, locale));
            } catch (DomainException e) {
                response.setStatus(DomainMessages.status(e).value());
                model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            }
        }
        return "intake/portal-new";
    }

    @PostMapping
    String apply(@RequestParam Map<String, String> params, Authentication applicant, Model model, Locale locale,
            HttpServletResponse response) {
        String subject = params.getOrDefault("subject", "").strip();
        String key = params.getOrDefault("idempotencyKey", "");
        Map<String, MaterialStatus> materials = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("upload_") && "true".equals(value)) {
                materials.put(name.substring("upload_".length()), MaterialStatus.PROVIDED);
            }
        });
        try {
            ApplicantIdentity identity = accounts.identity(applicant.getName())
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "intake-applicant-unknown",
                            "No applicant account " + applicant.getName()));
            Applicant who = new Applicant(identity.kind() == ApplicantKind.LEGAL_PERSON, identity.identifier(),
                    identity.name(), identity.phone(), identity.legalRepresentative());
            IntakeCase created = intake.submit(new Submission(key.matches("[0-9a-fA-F-]{36}") ? key
                    : UUID.randomUUID().toString(), Channel.WEB, subject, WorkbenchChecklist.isBundle(catalog, subject), who,
                    null, Map.of(), materials, "preCheck".equals(params.get("mode")), applicant.getName()),
                    applicant.getName());
            return "redirect:/portal/cases/" + created.number();
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("q", "");
            model.addAttribute("hits", List.of());
            model.addAttribute("searched", false);
            model.addAttribute("idempotencyKey", key);
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            try {
                model.addAttribute("checklist",
                        WorkbenchChecklist.of(intake, catalog, subject, materials, MaterialStatus.MISSING, locale));
            } catch (DomainException unknown) {
                model.addAttribute("checklist", null);
            }
            return "intake/portal-new";
        }
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Authentication applicant, Model model, Locale locale,
            HttpServletResponse response) {
        return mine(number, applicant).map(c -> page(c, model)).orElseGet(() -> notFound(model, locale, response));
    }

    @PostMapping("/{number}/materials/{key}")
    String upload(@PathVariable String number, @PathVariable String key, @RequestParam(required = false) MultipartFile file,
            @RequestParam Map<String, String> params, Authentication applicant, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Optional<IntakeCase> c = mine(number, applicant);
        if (c.isEmpty()) {
            return notFound(model, locale, response);
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID, "intake-page-file-missing",
                        messages.getMessage("intake.page.error.fileMissing", null, locale));
            }
            supplements.forHandIn(number, applicant.getName());
            StoredFile stored;
            try (InputStream in = file.getInputStream()) {
                stored = files.store(file.getOriginalFilename(), in, applicant.getName());
            }
            supplements.supplement(number, key, stored.id().toString(), act(applicant, params));
            redirect.addFlashAttribute("done", messages.getMessage("intake.page.done.upload", null, locale));
            return "redirect:/portal/cases/" + number;
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            return page(intake.find(number), model);
        }
    }

    @PostMapping("/{number}/withdraw")
    String withdraw(@PathVariable String number, @RequestParam Map<String, String> params, Authentication applicant,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        if (mine(number, applicant).isEmpty()) {
            return notFound(model, locale, response);
        }
        try {
            supplements.withdraw(number, params.getOrDefault("reason", "").strip(), null, act(applicant, params));
            redirect.addFlashAttribute("done", messages.getMessage("intake.page.done.withdraw", null, locale));
            return "redirect:/portal/cases/" + number;
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            return page(intake.find(number), model);
        }
    }

    private String page(IntakeCase c, Model model) {
        model.addAttribute("c", c);
        results.addTo(model, c);
        model.addAttribute("uploadable", c.status() == CaseStatus.PRE_CHECK || c.status() == CaseStatus.RECEIVED
                || c.status() == CaseStatus.AWAITING_SUPPLEMENT || c.status() == CaseStatus.ACCEPTED_ON_PLEDGE);
        model.addAttribute("withdrawable", c.status() == CaseStatus.PRE_CHECK || c.status() == CaseStatus.RECEIVED
                || c.status() == CaseStatus.AWAITING_SUPPLEMENT);
        return "intake/portal-case";
    }

    /** The case if it belongs to the logged-in account. */
    private Optional<IntakeCase> mine(String number, Authentication applicant) {
        try {
            return Optional.of(intake.find(number, applicant.getName()));
        } catch (DomainException notYours) {
            return Optional.empty();
        }
    }

    private String notFound(Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("problem", messages.getMessage("intake.page.error.notYours", null, locale));
        model.addAttribute("back", "/portal/cases");
        return "intake/not-found";
    }

    private static Act act(Authentication applicant, Map<String, String> params) {
        return new Act(applicant.getName(), Channel.WEB, WorkbenchPages.version(params));
    }
}
