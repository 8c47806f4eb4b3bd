package org.onevisit.supervision.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.supervision.ErrorCorrecting;
import org.onevisit.supervision.ErrorCorrection;
import org.onevisit.supervision.ErrorCorrection.Conditions;
import org.onevisit.supervision.ErrorCorrection.ExcusalResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/**
 * The corrections' pages (纠错与容错): the list and a correction's page for the supervision groups, the departments'
 * heads and the supervisors — the decision, the finding, the corrective decision, the hearing, the proposal, the
 * determination with the four conditions, the appeal — and the official's own page, where they are heard and appeal.
 * Each form is offered only to whoever may use it now ({@link ErrorCorrecting#choices}).
 */
@Controller
class CorrectionPages {

    private static final String STAFF = "hasAnyRole('CLERK','CHIEF_REPRESENTATIVE','REVIEWER','COORDINATOR','SUPERVISOR',"
            + "'DEPARTMENT_HEAD','ADMIN')";

    /** A correction in a list. */
    record Row(long id, long checkId, String caseNumber, String itemName, String departmentName, String decidedBy,
            String decidedAt, String state, @Nullable String result, boolean excused) {
    }

    private final ErrorCorrecting corrections;
    private final SpotCheckPageContext context;

    CorrectionPages(ErrorCorrecting corrections, SpotCheckPageContext context) {
        this.corrections = corrections;
        this.context = context;
    }

    @GetMapping("/supervision/corrections")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String list(@RequestParam(defaultValue = "") @Size(max = 20) String state, Principal user, Model model,
            Locale locale) {
        CorrectionWords w = words(locale);
        model.addAttribute("state", state);
        model.addAttribute("states", ErrorCorrection.State.values());
        model.addAttribute("corrections", corrections.list(null, CorrectionApi.state(state), user.getName()).stream()
                .map(c -> row(c, w)).toList());
        return "supervision/corrections";
    }

    @GetMapping("/supervision/corrections/{id}")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String correction(@PathVariable long id, Principal user, Model model, Locale locale) {
        ErrorCorrection c = corrections.find(id, user.getName());
        model.addAttribute("c", c);
        model.addAttribute("w", words(locale));
        model.addAttribute("choices", corrections.choices(c, user.getName()));
        model.addAttribute("results", ExcusalResult.values());
        if (!model.containsAttribute("kept")) {
            model.addAttribute("kept", Map.of());
        }
        return "supervision/correction";
    }

    @PostMapping("/supervision/corrections/{id}/corrective-decision")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = 10) String action,
            @RequestParam(defaultValue = "") @Size(max = 10) String outcome,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String text,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String causeAnalysis,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(id, user, model, locale, redirect, "corrective", Map.of("action", action, "outcome", outcome,
                "text", text, "causeAnalysis", causeAnalysis), () -> {
                    ErrorCorrection.Action chosen = choice(ErrorCorrection.Action.class, action,
                            "correction-action-missing");
                    if (chosen == ErrorCorrection.Action.AMEND && !outcome.equals("APPROVE")
                            && !outcome.equals("DENY")) {
                        throw new DomainException(Kind.INVALID, "correction-outcome-missing",
                                "An amendment says whether the corrected decision approves the item.");
                    }
                    corrections.correct(id, chosen, outcome.equals("APPROVE"), text, causeAnalysis, version,
                            user.getName());
                });
    }

    @PostMapping("/supervision/corrections/{id}/hearing")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String hear(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String statement,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(id, user, model, locale, redirect, "hearing", Map.of("statement", statement),
                () -> corrections.hear(id, statement, version, user.getName()));
    }

    @PostMapping("/supervision/corrections/{id}/excusal-proposal")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String propose(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = 10) String excuse,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String reasons,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(id, user, model, locale, redirect, "proposal", Map.of("excuse", excuse, "reasons", reasons), () -> {
            if (!excuse.equals("true") && !excuse.equals("false")) {
                throw new DomainException(Kind.INVALID, "correction-proposal-missing",
                        "Choose whether the group proposes to excuse the error.");
            }
            corrections.propose(id, Boolean.parseBoolean(excuse), reasons, version, user.getName());
        });
    }

    @PostMapping("/supervision/corrections/{id}/determination")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String determine(@PathVariable long id, @RequestParam(defaultValue = "false") boolean procedureFollowed,
            @RequestParam(defaultValue = "false") boolean noPersonalGain,
            @RequestParam(defaultValue = "false") boolean noCollusion,
            @RequestParam(defaultValue = "false") boolean correctedOnOwnInitiative,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_DETAIL) String matter,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_DETAIL) String situation,
            @RequestParam(defaultValue = "") @Size(max = 20) String result,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(id, user, model, locale, redirect, "determination", Map.of("matter", matter, "situation", situation,
                "result", result), () -> corrections.determine(id, new Conditions(procedureFollowed, noPersonalGain,
                        noCollusion, correctedOnOwnInitiative), matter, situation,
                        choice(ExcusalResult.class, result, "correction-result-missing"), version, user.getName()));
    }

    @PostMapping("/supervision/corrections/{id}/appeal-decision")
    @PreAuthorize(SpotCheckDesk.OPENS)
    String decideAppeal(@PathVariable long id, @RequestParam(defaultValue = "false") boolean procedureFollowed,
            @RequestParam(defaultValue = "false") boolean noPersonalGain,
            @RequestParam(defaultValue = "false") boolean noCollusion,
            @RequestParam(defaultValue = "false") boolean correctedOnOwnInitiative,
            @RequestParam(defaultValue = "") @Size(max = 20) String result,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String reasons,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(id, user, model, locale, redirect, "appeal-decision", Map.of("result", result, "reasons", reasons),
                () -> corrections.decideAppeal(id, new Conditions(procedureFollowed, noPersonalGain, noCollusion,
                        correctedOnOwnInitiative), choice(ExcusalResult.class, result, "correction-result-missing"),
                        reasons, version, user.getName()));
    }

    @GetMapping("/staff/corrections")
    @PreAuthorize(STAFF)
    String mine(Principal user, Model model, Locale locale) {
        CorrectionWords w = words(locale);
        List<ErrorCorrection> own = corrections.ofOfficial(user.getName());
        model.addAttribute("w", w);
        model.addAttribute("corrections", own);
        Map<Long, ErrorCorrecting.Choices> choices = new HashMap<>();
        own.forEach(c -> choices.put(c.id(), corrections.choices(c, user.getName())));
        model.addAttribute("choices", choices);
        if (!model.containsAttribute("kept")) {
            model.addAttribute("kept", Map.of());
        }
        return "supervision/my-corrections";
    }

    @PostMapping("/staff/corrections/{id}/hearing")
    @PreAuthorize(STAFF)
    String statement(@PathVariable long id,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String statement,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return own(id, user, model, locale, redirect, Map.of("statement", statement),
                () -> corrections.hear(id, statement, version, user.getName()));
    }

    @PostMapping("/staff/corrections/{id}/appeal")
    @PreAuthorize(STAFF)
    String appeal(@PathVariable long id,
            @RequestParam(defaultValue = "") @Size(max = ErrorCorrecting.MAX_TEXT) String grounds,
            @RequestParam(defaultValue = "0") long version, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        return own(id, user, model, locale, redirect, Map.of("grounds", grounds),
                () -> corrections.appeal(id, grounds, version, user.getName()));
    }

    private String act(long id, Principal user, Model model, Locale locale, RedirectAttributes redirect, String form,
            Map<String, String> entered, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", context.messages().getMessage("corrections.done", null, locale));
            return "redirect:/supervision/corrections/" + id + "#" + form;
        } catch (DomainException e) {
            refusedOutright(e);
            model.addAttribute("message", DomainMessages.text(context.messages(), e, locale));
            model.addAttribute("kept", entered);
            return correction(id, user, model, locale);
        }
    }

    private String own(long id, Principal user, Model model, Locale locale, RedirectAttributes redirect,
            Map<String, String> entered, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", context.messages().getMessage("corrections.done", null, locale));
            return "redirect:/staff/corrections#correction-" + id;
        } catch (DomainException e) {
            refusedOutright(e);
            model.addAttribute("message", DomainMessages.text(context.messages(), e, locale));
            Map<String, String> kept = new HashMap<>(entered);
            kept.put("id", String.valueOf(id));
            model.addAttribute("kept", kept);
            return mine(user, model, locale);
        }
    }

    /** Someone who may not act, or a correction that is not there, is refused as a page, not shown a message. */
    private static void refusedOutright(DomainException e) {
        if (e.kind() == Kind.FORBIDDEN || e.kind() == Kind.NOT_FOUND) {
            throw e;
        }
    }

    private CorrectionWords words(Locale locale) {
        return new CorrectionWords(context.words(locale));
    }

    private static Row row(ErrorCorrection c, CorrectionWords w) {
        ExcusalResult result = c.finalResult();
        return new Row(c.id(), c.checkId(), c.decision().caseNumber(), w.item(c.decision().itemCode()),
                w.department(c.department()), w.person(c.decidedBy()), w.time(c.decidedAt()), c.state().name(),
                result == null ? null : result.name(), c.excused());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String code) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(Kind.INVALID, code, "Choose one.");
        }
    }

}
