package org.onevisit.intake.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterTickets;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.RoledApplicant;
import org.onevisit.intake.Submission;
import org.onevisit.people.CreditCode;
import org.onevisit.people.LegalRepresentative;
import org.onevisit.people.PhoneNumber;
import org.onevisit.people.ResidentIdNumber;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * The counter's new-case form (综合窗口收件): search the catalog as the clerk types, register the applicant (and
 * agent), show the one merged checklist of the chosen item or bundle, recompute what is missing as materials are
 * ticked, and receive the case. Every field's problem is said beside the field; the form keeps its input.
 */
@Controller
@RequestMapping("/staff/counter")
@PreAuthorize(CounterDesk.OPENS)
class CounterIntakePages {

    private final Intake intake;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Clock clock;
    private final CounterTickets tickets;

    CounterIntakePages(Intake intake, Catalog catalog, MessageSource messages, Clock clock,
            org.springframework.beans.factory.ObjectProvider<CounterTickets> tickets) {
        this.intake = intake;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
        this.tickets = tickets.getIfAvailable(() -> CounterTickets.NONE);
    }

    /**
     * The empty form, or with {@code ticket} (the opaque id of the queue's ticket called at the clerk's counter) the
     * form filled in from the ticket's appointment or account (ADR 0040).
     */
    @GetMapping("/new")
    String newCase(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") @Size(max = 40) String ticket,
            Model model, Locale locale, Authentication clerk) {
        WorkbenchForm form = WorkbenchForm.empty();
        Map<String, String> errors = new LinkedHashMap<>();
        var prefill = ticketOf(ticket).flatMap(t -> tickets.prefill(t, clerk.getName()));
        if (prefill.isPresent()) {
            CounterTickets.TicketPrefill p = prefill.get();
            Map<String, String> params = new LinkedHashMap<>();
            params.put("kind", p.legalPerson() ? "LEGAL" : "NATURAL");
            params.put("identifier", p.identifier());
            params.put("name", p.name());
            params.put("phone", p.phone());
            params.put("legalRepresentative", p.legalRepresentative());
            params.put("idempotencyKey", form.idempotencyKey());
            form = WorkbenchForm.of(params);
            model.addAttribute("ticket", ticket.strip());
            model.addAttribute("ticketNumber", p.number());
            if (subject.isBlank() && p.subject() != null) {
                subject = p.subject();
            }
        }
        if (!subject.isBlank()) {
            form = load(form.withSubject(subject.strip()), errors, model, locale);
        }
        return newCasePage(form, errors, List.of(), model, locale);
    }

    /** The live search of the catalog, as a fragment of the new-case page. */
    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
        model.addAttribute("hits", WorkbenchHit.search(catalog, q, locale));
        model.addAttribute("searched", !q.isBlank());
        return "intake/workbench-new :: hits";
    }

    /** What is still missing, recomputed as the clerk changes a material's status. */
    @GetMapping("/missing")
    String missing(@RequestParam Map<String, String> params, Model model, Locale locale) {
        WorkbenchForm form = WorkbenchForm.of(params);
        try {
            model.addAttribute("checklist",
                    WorkbenchChecklist.of(intake, catalog, form.shownSubject(), form.materials(), MaterialStatus.MISSING, locale));
        } catch (DomainException e) {
            model.addAttribute("checklist", null);
        }
        return "intake/workbench-new :: missing";
    }

    /**
     * The form's buttons: {@code pick} chooses a search result, {@code step=load} shows the checklist of the code
     * typed, {@code step=all} ticks every material as handed in, {@code step=submit} receives the case, and
     * Enter ({@code step=auto}) shows the checklist when it is not shown yet and receives the case otherwise.
     */
    @PostMapping("/new")
    String submit(@RequestParam Map<String, String> params, Authentication clerk, Model model, Locale locale,
            HttpServletResponse response) {
        WorkbenchForm form = WorkbenchForm.of(params);
        Map<String, String> errors = new LinkedHashMap<>();
        String step = params.getOrDefault("step", "auto");
        java.util.Optional<String> ticket = ticketOf(params.getOrDefault("ticket", ""));
        ticket.ifPresent(t -> model.addAttribute("ticket", t));
        String pick = params.getOrDefault("pick", "").strip();
        if (ApplicantRows.rowStep(params)) {
            form = form.with(form.applicants().stepped(params, rolesOf(form.shownSubject())));
            if (form.checklistShown()) {
                form = load(form, errors, model, locale);
            }
            return newCasePage(form, errors, List.of(), model, locale);
        }
        if (!pick.isEmpty()) {
            form = form.withSubject(pick);
            step = "load";
        } else if (!form.subject().equals(form.shownSubject())) {
            step = "load";
        }
        if ("auto".equals(step)) {
            step = form.checklistShown() ? "submit" : "load";
        }
        if ("load".equals(step) || "all".equals(step)) {
            applicantProblems(form, false, errors, locale);
            if (form.subject().isBlank() && !form.q().isBlank()) {
                return newCasePage(form, errors, List.of(), model, locale);
            }
            if ("all".equals(step)) {
                form = form.shown(Map.of());
                form = load(form, errors, model, locale, MaterialStatus.PROVIDED);
            } else {
                form = load(form, errors, model, locale);
            }
            return newCasePage(form, errors, List.of(), model, locale);
        }
        applicantProblems(form, true, errors, locale);
        form = load(form, errors, model, locale);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newCasePage(form, errors, List.of(), model, locale);
        }
        try {
            IntakeCase created = intake.submit(submission(form), clerk.getName());
            ticket.ifPresent(t -> tickets.received(t, created.number().value(), clerk.getName()));
            return "redirect:/staff/counter/cases/" + created.number();
        } catch (DomainException e) {
            WorkbenchPages.refusedOutright(e);
            response.setStatus(DomainMessages.status(e).value());
            String problem = DomainMessages.text(messages, e, locale);
            errors.putAll(FormFieldInputs.errors(e, problem));
            return newCasePage(form, errors, List.of(problem), model, locale);
        }
    }

    private String newCasePage(WorkbenchForm form, Map<String, String> errors, List<String> problems, Model model,
            Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("roles", rolesOf(form.shownSubject()));
        model.addAttribute("maxOthers", ApplicantRows.MAX_OTHERS);
        model.addAttribute("agentOpen", form.hasAgent());
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("choices", WorkbenchPages.CHOICES);
        model.addAttribute("hits", WorkbenchHit.search(catalog, form.q(), locale));
        model.addAttribute("searched", !form.q().isBlank());
        formInputs(form, errors, model);
        if (!model.containsAttribute("checklist")) {
            model.addAttribute("checklist", null);
        }
        return "intake/workbench-new";
    }

    private WorkbenchForm load(WorkbenchForm form, Map<String, String> errors, Model model, Locale locale) {
        return load(form, errors, model, locale, MaterialStatus.MISSING);
    }

    /** Shows the checklist of the form's subject, or says next to the field why it cannot. */
    private WorkbenchForm load(WorkbenchForm form, Map<String, String> errors, Model model, Locale locale,
            MaterialStatus otherwise) {
        if (form.subject().isBlank()) {
            errors.put("subject", message("intake.page.error.subjectMissing", locale));
            return form;
        }
        try {
            Map<String, MaterialStatus> kept = form.checklistShown() ? form.materials() : Map.of();
            WorkbenchChecklist checklist = WorkbenchChecklist.of(intake, catalog, form.subject(), kept, otherwise, locale);
            model.addAttribute("checklist", checklist);
            Map<String, MaterialStatus> statuses = new LinkedHashMap<>();
            checklist.rows().forEach(m -> statuses.put(m.key(), m.status()));
            WorkbenchForm shown = form.shown(statuses);
            return shown.with(shown.applicants().withRoles(rolesOf(form.subject())));
        } catch (DomainException e) {
            errors.put("subject", DomainMessages.text(messages, e, locale));
            return form;
        }
    }

    /** The fields of the one form of the subject whose checklist is shown, with the answers and problems so far. */
    private void formInputs(WorkbenchForm form, Map<String, String> errors, Model model) {
        List<org.onevisit.catalog.FormField> fields = List.of();
        if (form.checklistShown()) {
            try {
                fields = intake.formFieldsOf(form.shownSubject(), WorkbenchChecklist.isBundle(catalog, form.shownSubject()));
            } catch (DomainException unknown) {
                fields = List.of();
            }
        }
        FormFieldInputs.addTo(model, fields, FormFieldInputs.named(form.answers()), errors);
    }

    private List<ApplicantRole> rolesOf(String subject) {
        return ApplicantRows.rolesOf(intake, catalog, subject);
    }

    /** Checks the applicant and agent with the people value types; blank fields only when {@code all}. */
    private void applicantProblems(WorkbenchForm form, boolean all, Map<String, String> errors, Locale locale) {
        form.applicants().problems(all, errors, messages, locale, clock);
        if (all || !form.identifier().isBlank()) {
            (form.legalPerson() ? CreditCode.problem(form.identifier()) : ResidentIdNumber.problem(form.identifier(), clock))
                    .ifPresent(e -> errors.put("identifier", DomainMessages.text(messages, e, locale)));
        }
        if (all && form.name().isBlank()) {
            errors.put("name", message("intake.page.error.nameMissing", locale));
        }
        ApplicantRows.tooLong("name", form.name(), errors, messages, locale);
        ApplicantRows.tooLong("legalRepresentative", form.legalRepresentative(), errors, messages, locale);
        ApplicantRows.tooLong("agentName", form.agentName(), errors, messages, locale);
        if (all || !form.phone().isBlank()) {
            PhoneNumber.problem(form.phone()).ifPresent(e -> errors.put("phone", DomainMessages.text(messages, e, locale)));
        }
        if (all) {
            LegalRepresentative.problem(form.legalPerson(), form.legalRepresentative())
                    .ifPresent(e -> errors.put("legalRepresentative", DomainMessages.text(messages, e, locale)));
        }
        if (form.hasAgent()) {
            if (all && form.agentName().isBlank()) {
                errors.put("agentName", message("intake.page.error.agentNameMissing", locale));
            }
            if (all || !form.agentIdNumber().isBlank()) {
                ResidentIdNumber.problem(form.agentIdNumber(), clock)
                        .ifPresent(e -> errors.put("agentIdNumber", DomainMessages.text(messages, e, locale)));
            }
            if (all || !form.agentPhone().isBlank()) {
                PhoneNumber.problem(form.agentPhone()).ifPresent(e -> errors.put("agentPhone", DomainMessages.text(messages, e, locale)));
            }
        }
    }

    private Submission submission(WorkbenchForm form) {
        String identifier = form.legalPerson() ? CreditCode.parse(form.identifier()).value()
                : ResidentIdNumber.parse(form.identifier(), clock).value();
        String representative = form.legalPerson() ? form.legalRepresentative() : null;
        Applicant applicant = new Applicant(form.legalPerson(), identifier, form.name(),
                PhoneNumber.parse(form.phone()).value(), representative);
        Agent agent = form.hasAgent() ? new Agent(form.agentName(), ResidentIdNumber.parse(form.agentIdNumber(), clock).value(),
                PhoneNumber.parse(form.agentPhone()).value(), null) : null;
        List<RoledApplicant> others = form.applicants().roled(clock);
        return new Submission(form.idempotencyKey(), Channel.COUNTER, form.subject(),
                WorkbenchChecklist.isBundle(catalog, form.subject()), applicant, agent, form.answers(), form.materials(), false,
                null, form.role(), others);
    }

    /** A ticket's opaque id as the form carries it: a UUID, or nothing. */
    private static java.util.Optional<String> ticketOf(String value) {
        String v = value.strip();
        return v.matches("[0-9a-fA-F-]{36}") ? java.util.Optional.of(v) : java.util.Optional.empty();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
