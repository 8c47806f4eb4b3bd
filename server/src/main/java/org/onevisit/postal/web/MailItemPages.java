package org.onevisit.postal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.ScannedMaterials;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.postal.MailItem;
import org.onevisit.postal.MailItemState;
import org.onevisit.postal.PostalApplication;
import org.onevisit.postal.PostalCases;
import org.onevisit.postal.PostalDesk;
import org.onevisit.postal.PostalItems;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A mail item's page (邮件): while it is registered, the clerk scans its materials into its case — then answered on the
 * counter's workbench like any case — or returns it to the sender. Every problem is said beside its field, the input
 * kept.
 */
@Controller
@RequestMapping("/staff/postal")
@PreAuthorize(PostalDesk.OPENS)
class MailItemPages {

    /** The statuses a material of a postal case can be given on the page. */
    static final List<MaterialStatus> CHOICES = List.of(MaterialStatus.PROVIDED, MaterialStatus.MISSING,
            MaterialStatus.BY_CERTIFICATE, MaterialStatus.NOT_APPLICABLE);

    private final PostalItems items;
    private final PostalCases cases;
    private final ScannedMaterials scans;
    private final Intake intake;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    MailItemPages(PostalItems items, PostalCases cases, ScannedMaterials scans, Intake intake, Catalog catalog,
            MessageSource messages, Clock clock) {
        this.items = items;
        this.cases = cases;
        this.scans = scans;
        this.intake = intake;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String subject, Model model, Locale locale,
            HttpServletResponse response) {
        MailItem item = items.find(id);
        Map<String, String> input = new LinkedHashMap<>();
        input.put("subject", subject.strip());
        input.put("name", item.sender().name());
        input.put("phone", item.sender().phone());
        input.put("idempotencyKey", UUID.randomUUID().toString());
        return itemPage(item, input, Map.of(), null, model, locale, response);
    }

    @PostMapping("/{id}/case")
    String createCase(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest request,
            Authentication clerk, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        try {
            String subject = params.getOrDefault("subject", "").strip();
            boolean legal = "LEGAL".equals(params.get("kind"));
            PostalApplication application = new PostalApplication(params.getOrDefault("idempotencyKey", ""), subject,
                    isBundle(subject), PostalApplicants.of(legal, params.get("identifier"), params.get("name"),
                    params.get("phone"), params.get("legalRepresentative"), clock), null, answers(params),
                    statuses(params));
            IntakeCase c = cases.createCase(id, application, ScannedParts.store(request, scans, clerk.getName()),
                    clerk.getName());
            redirect.addFlashAttribute("done", message("postal.page.done.case", locale, c.number().value()));
            return "redirect:/staff/counter/cases/" + c.number().value();
        } catch (DomainException e) {
            PostalPageProblems.refusedOutright(e);
            response.setStatus(DomainMessages.status(e).value());
            String problem = DomainMessages.text(messages, e, locale);
            return itemPage(items.find(id), params, PostalPageProblems.fieldError(e, problem), problem, model, locale, response);
        }
    }

    @PostMapping("/{id}/return")
    String returnToSender(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication clerk,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            MailItem item = items.returnToSender(id, reason, clerk.getName());
            redirect.addFlashAttribute("done", message("postal.page.done.returned", locale, item.trackingNumber()));
            return "redirect:/staff/postal/" + id;
        } catch (DomainException e) {
            PostalPageProblems.refusedOutright(e);
            response.setStatus(DomainMessages.status(e).value());
            String problem = DomainMessages.text(messages, e, locale);
            return itemPage(items.find(id), Map.of("reason", reason), PostalPageProblems.fieldError(e, problem), problem, model, locale,
                    response);
        }
    }

    /** The item, and while it is registered the form that makes its case, with the checklist of the subject typed. */
    private String itemPage(MailItem item, Map<String, String> input, Map<String, String> errors,
            @Nullable String problem, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("item", MailItemView.of(item));
        model.addAttribute("input", input);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("choices", CHOICES);
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        String subject = input.getOrDefault("subject", "").strip();
        List<CaseMaterial> materials = List.of();
        List<org.onevisit.catalog.FormField> fields = List.of();
        if (item.state() == MailItemState.REGISTERED && !subject.isEmpty()) {
            try {
                boolean bundle = isBundle(subject);
                materials = intake.materialsOf(subject, bundle);
                fields = intake.formFieldsOf(subject, bundle);
            } catch (DomainException unknown) {
                model.addAttribute("errors", withError(errors, "subject", DomainMessages.text(messages, unknown, locale)));
                response.setStatus(DomainMessages.status(unknown).value());
            }
        }
        model.addAttribute("materials", materials);
        model.addAttribute("formFields", fields);
        model.addAttribute("formValues", input);
        model.addAttribute("formErrors", model.getAttribute("errors"));
        return "postal/item";
    }

    private boolean isBundle(String code) {
        return catalog.bundles().stream().anyMatch(b -> b.code().equals(code));
    }

    /** The answers of the one form, from the inputs named {@code form.<key>}. */
    private static Map<String, String> answers(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("form.")) {
                answers.put(name.substring("form.".length()), value);
            }
        });
        return answers;
    }

    /** The status the clerk gave each material ({@code status_<key>}); an unknown one is refused. */
    private static Map<String, MaterialStatus> statuses(Map<String, String> params) {
        Map<String, MaterialStatus> statuses = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("status_")) {
                MaterialStatus status = CHOICES.stream().filter(s -> s.name().equals(value)).findFirst()
                        .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "intake-page-status-invalid",
                                "Not a material status: " + value, Map.of("field", name)));
                statuses.put(name.substring("status_".length()), status);
            }
        });
        return statuses;
    }

    private static Map<String, String> withError(Map<String, String> errors, String field, String problem) {
        Map<String, String> with = new LinkedHashMap<>(errors);
        with.put(field, problem);
        return with;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
