package org.onevisit.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseFileReader;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.intake.files.MaterialUploads;
import org.onevisit.intake.files.StoredFile;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantIdentity;
import org.onevisit.people.ApplicantKind;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The applicant's own cases in the portal (我的办件): the list — the cases applied for online and, once the account's
 * identity is verified, those filed at the counter under its number (ADR 0020); applying online (一表申请) for an item
 * or a bundle with a real file for each material handed in and the choice of pickup or express; and a case's page with
 * its status, the pre-check's outcome, the one-time notice, each material with its files and an upload for what is
 * still owed, the deadlines, the case's documents, and withdrawal after a confirmation. Another applicant's case is not
 * found.
 */
@Controller
@RequestMapping("/portal/cases")
class PortalCasePages {

    /** Cases on a page of the list. */
    static final int PAGE_SIZE = 20;

    private final Intake intake;
    private final CaseSupplements supplements;
    private final ApplicantAccounts accounts;
    private final MaterialFiles files;
    private final CaseFileReader caseFiles;
    private final Catalog catalog;
    private final MessageSource messages;
    private final DataSize maxRequestSize;
    private final PortalCaseResults results;
    private final Clock clock;

    PortalCasePages(Intake intake, CaseSupplements supplements, ApplicantAccounts accounts, MaterialFiles files,
            CaseFileReader caseFiles, Catalog catalog, MessageSource messages,
            @Value("${onevisit.uploads.max-request-size:25MB}") DataSize maxRequestSize, PortalCaseResults results,
            Clock clock) {
        this.results = results;
        this.clock = clock;
        this.intake = intake;
        this.supplements = supplements;
        this.accounts = accounts;
        this.files = files;
        this.caseFiles = caseFiles;
        this.catalog = catalog;
        this.messages = messages;
        this.maxRequestSize = maxRequestSize;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Authentication applicant, Model model) {
        model.addAttribute("found", intake.ofAccount(applicant.getName(), Math.min(Math.max(page, 0), 100_000),
                PAGE_SIZE));
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
        model.addAttribute("chosen", Map.of());
        applicants(model, subject.strip(), new ApplicantRows("", List.of()), Map.of());
        if (!subject.isBlank()) {
            try {
                checklist(model, subject.strip(), Map.of(), locale);
            } catch (DomainException e) {
                response.setStatus(DomainMessages.status(e).value());
                model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            }
        }
        return "intake/portal-new";
    }

    /**
     * 一表申请: every file is received and checked (type by content, size) before the case is stored; the case and its
     * files then come in together. A problem shows on the form again, nothing stored of the case. Where the subject
     * names roles, the form's buttons add and remove the other applicants' rows (the form returns, nothing stored).
     */
    @PostMapping
    String apply(@RequestParam Map<String, String> params, HttpServletRequest request, Authentication applicant,
            Model model, Locale locale, HttpServletResponse response) throws IOException {
        String subject = params.getOrDefault("subject", "").strip();
        String key = params.getOrDefault("idempotencyKey", "");
        ApplicantRows others = ApplicantRows.of(params);
        if (ApplicantRows.rowStep(params)) {
            return redrawn(subject, key, params, others.stepped(params, rolesOf(subject)), Map.of(), null, model,
                    locale);
        }
        Map<String, String> rowProblems = new LinkedHashMap<>();
        others.problems(true, rowProblems, messages, locale, clock);
        if (!rowProblems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return redrawn(subject, key, params, others, rowProblems,
                    messages.getMessage("intake.page.portal.new.applicantsInvalid", null, locale), model, locale);
        }
        try {
            boolean bundle = WorkbenchChecklist.isBundle(catalog, subject);
            DeliveryChoice delivery = DeliveryChoice.of(params, expressAllowed(subject, bundle));
            ApplicantIdentity identity = accounts.identity(applicant.getName())
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "intake-applicant-unknown",
                            "No applicant account " + applicant.getName()));
            Applicant who = new Applicant(identity.kind() == ApplicantKind.LEGAL_PERSON, identity.identifier(),
                    identity.name(), identity.phone(), identity.legalRepresentative());
            Map<String, List<String>> uploaded = store(request, applicant.getName());
            IntakeCase created = intake.submit(new Submission(key.matches("[0-9a-fA-F-]{36}") ? key
                    : UUID.randomUUID().toString(), Channel.WEB, subject, bundle, who, null, form(params, delivery), Map.of(),
                    "preCheck".equals(params.get("mode")), applicant.getName(), others.role(), others.roled(clock)),
                    uploaded, applicant.getName());
            return "redirect:/portal/cases/" + created.number() + "?submitted";
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problemField", e.details().getOrDefault("field", ""));
            String problem = DomainMessages.text(messages, e, locale);
            String view = redrawn(subject, key, params, others, Map.of(), problem, model, locale);
            formInputsAgain(model, params, e, problem);
            return view;
        }
    }

    /** The one form again with what was typed (files aside), the problem if any, and the applicants' rows. */
    private String redrawn(String subject, String key, Map<String, String> params, ApplicantRows others,
            Map<String, String> rowProblems, @Nullable String problem, Model model, Locale locale) {
        model.addAttribute("q", "");
        model.addAttribute("hits", List.of());
        model.addAttribute("searched", false);
        model.addAttribute("idempotencyKey", key);
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        model.addAttribute("chosen", params);
        try {
            checklist(model, subject, Map.of(), locale);
        } catch (DomainException unknown) {
            model.addAttribute("checklist", null);
        }
        applicants(model, subject, others, rowProblems);
        model.addAttribute("formValues", params);
        return "intake/portal-new";
    }

    /**
     * The applicants' part of the one form where the subject names roles (a house sale's buyer and seller): the
     * signed-in applicant's own role, and a row for each other applicant ({@link ApplicantRows}); a role no one takes
     * yet gets a row of its own.
     */
    private void applicants(Model model, String subject, ApplicantRows others, Map<String, String> rowProblems) {
        List<ApplicantRole> roles = rolesOf(subject);
        model.addAttribute("applicantRoles", roles);
        model.addAttribute("applicants", others.withRoles(roles));
        model.addAttribute("applicantErrors", rowProblems);
        model.addAttribute("maxOthers", ApplicantRows.MAX_OTHERS);
    }

    private List<ApplicantRole> rolesOf(String subject) {
        return ApplicantRows.rolesOf(intake, catalog, subject);
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, @RequestParam(required = false) @Nullable String submitted,
            Authentication applicant, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("submitted", submitted != null);
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

    /** The confirmation step of a withdrawal: what withdrawing means, and the reason to give. */
    @GetMapping("/{number}/withdraw")
    String confirmWithdrawal(@PathVariable String number, Authentication applicant, Model model, Locale locale,
            HttpServletResponse response) {
        return mine(number, applicant).map(c -> {
            page(c, model);
            model.addAttribute("confirming", true);
            return "intake/portal-withdraw";
        }).orElseGet(() -> notFound(model, locale, response));
    }

    /** Withdrawal: before acceptance on the case itself; after it, before any item is decided, with a reason. */
    @PostMapping("/{number}/withdraw")
    String withdraw(@PathVariable String number, @RequestParam Map<String, String> params, Authentication applicant,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<IntakeCase> c = mine(number, applicant);
        if (c.isEmpty()) {
            return notFound(model, locale, response);
        }
        String reason = params.getOrDefault("reason", "").strip();
        try {
            if (c.get().status().accepted()) {
                if (reason.isEmpty()) {
                    throw new DomainException(DomainException.Kind.INVALID, "intake-page-withdraw-reason",
                            "A withdrawal after acceptance gives its reason", Map.of("field", "reason"));
                }
                supplements.withdrawAccepted(number, reason, null, act(applicant, Map.of()));
            } else {
                supplements.withdraw(number, reason, null, act(applicant, params));
            }
            redirect.addFlashAttribute("done", messages.getMessage("intake.page.done.withdraw", null, locale));
            return "redirect:/portal/cases/" + number;
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", DomainMessages.text(messages, e, locale));
            page(intake.find(number), model);
            return "intake/portal-withdraw";
        }
    }

    private void checklist(Model model, String subject, Map<String, MaterialStatus> statuses, Locale locale) {
        WorkbenchChecklist checklist = WorkbenchChecklist.of(intake, catalog, subject, statuses, MaterialStatus.MISSING,
                locale);
        model.addAttribute("checklist", checklist);
        formInputs(model, checklist.subject(), checklist.bundle());
        model.addAttribute("expressAllowed", expressAllowed(checklist.subject(), checklist.bundle()));
        model.addAttribute("maxFileSize", megabytes(files.maxSize()));
        model.addAttribute("maxRequestSize", megabytes(maxRequestSize));
    }

    /** The fields of the subject's one form, empty (ADR 0026). */
    private void formInputs(Model model, String subject, boolean bundle) {
        FormFieldInputs.addTo(model, intake.formFieldsOf(subject, bundle), Map.of(), Map.of());
    }

    /** The form's answers as typed, and the problem beside the field it is about, when the page comes back. */
    private static void formInputsAgain(Model model, Map<String, String> params, DomainException e, String problem) {
        model.addAttribute("formValues", params);
        model.addAttribute("formErrors", FormFieldInputs.errors(e, problem));
    }

    /** The case's one form: the answers to its fields and the choice of delivery. */
    private static Map<String, String> form(Map<String, String> params, DeliveryChoice delivery) {
        Map<String, String> form = new LinkedHashMap<>(FormFieldInputs.answers(params));
        form.putAll(delivery.form());
        return form;
    }

    /** Every item of the subject whose result is a document may send it by express (是否支持办件结果邮寄). */
    private boolean expressAllowed(String subject, boolean bundle) {
        List<String> items = bundle ? catalog.bundle(subject).items() : List.of(subject);
        return items.stream().map(code -> catalog.item(code).details())
                .allMatch(d -> d.expressAllowed() || d.resultType() == org.onevisit.catalog.ResultType.OTHER);
    }

    /** Receives every file of the form, material key to the ids of its stored files; refuses the first bad one. */
    private Map<String, List<String>> store(HttpServletRequest request, String applicant) throws IOException {
        return MaterialUploads.store(files, request, applicant);
    }

    private String page(IntakeCase c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("roleNames", ApplicantRows.roleNames(intake, c, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        results.addTo(model, c);
        model.addAttribute("uploadable", c.acceptsSupplements());
        model.addAttribute("withdrawable", c.status() == CaseStatus.PRE_CHECK || c.status() == CaseStatus.RECEIVED
                || c.status() == CaseStatus.AWAITING_SUPPLEMENT || c.status() == CaseStatus.ACCEPTED
                || c.status() == CaseStatus.ACCEPTED_ON_PLEDGE);
        model.addAttribute("missing", c.missing());
        model.addAttribute("preChecked", c.status() != CaseStatus.PRE_CHECK || !c.answer().preCheckNote().isEmpty()
                || c.materials().stream().anyMatch(m -> !m.note().isEmpty()));
        model.addAttribute("fileLinks", c.materials().stream()
                .collect(java.util.stream.Collectors.toMap(CaseMaterial::key, m -> caseFiles.linksOf(c.number().value(), m))));
        model.addAttribute("delivery", DeliveryChoice.inForm(c.parties().form()));
        model.addAttribute("answers", intake.answersOf(c));
        model.addAttribute("maxFileSize", megabytes(files.maxSize()));
        return "intake/portal-case";
    }

    private static String megabytes(DataSize size) {
        return java.math.BigDecimal.valueOf(size.toBytes())
                .divide(java.math.BigDecimal.valueOf(1024L * 1024L), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The case if it is the logged-in applicant's ({@link Intake#find(String, String)}). */
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
