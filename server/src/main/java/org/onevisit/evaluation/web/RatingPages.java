package org.onevisit.evaluation.web;

import java.util.List;
import java.util.Locale;

import org.onevisit.evaluation.Evaluation;
import org.onevisit.evaluation.Evaluation.LinkedCase;
import org.onevisit.evaluation.Grade;
import org.onevisit.evaluation.Indicator;
import org.onevisit.evaluation.Rating;
import org.onevisit.evaluation.RatingChannel;
import org.onevisit.intake.RatedCases;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Size;

/**
 * The applicant's rating form: in the portal for a case of their own, and behind a one-time link (the text message's,
 * or the counter's pad) without signing in, for that case only. The same form, the channel's indicators.
 */
@Controller
class RatingPages {

    private static final String PAGE = "evaluation/rate";

    private final Evaluation evaluation;
    private final RatedCases cases;
    private final MessageSource texts;

    RatingPages(Evaluation evaluation, RatedCases cases, MessageSource texts) {
        this.evaluation = evaluation;
        this.cases = cases;
        this.texts = texts;
    }

    @GetMapping("/portal/cases/{number}/rating")
    String portal(@PathVariable @Size(max = Limits.NUMBER) String number, Authentication applicant, Model model) {
        var rated = evaluation.ofCase(number, applicant.getName());
        model.addAttribute("action", "/portal/cases/" + number + "/rating");
        model.addAttribute("back", "/portal/cases/" + number);
        if (rated.isPresent()) {
            return thanks(rated.get(), model);
        }
        RatedCases.RatedCase c = cases.find(number);
        model.addAttribute("ended", evaluation.rateable(number));
        return form(c.number(), c.subjectName(), RatingChannel.PORTAL, RatingForm.EMPTY, model);
    }

    @PostMapping("/portal/cases/{number}/rating")
    String ratePortal(@PathVariable @Size(max = Limits.NUMBER) String number,
            @RequestParam(required = false) String grade, @RequestParam(required = false) List<String> reasons,
            @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String comment, Authentication applicant,
            Model model, Locale locale) {
        RatingForm form = new RatingForm(grade, reasons == null ? List.of() : reasons, comment);
        model.addAttribute("action", "/portal/cases/" + number + "/rating");
        model.addAttribute("back", "/portal/cases/" + number);
        try {
            return thanks(evaluation.rate(number, form.answer(RatingChannel.PORTAL), applicant.getName()), model);
        } catch (DomainException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw e;
            }
            RatedCases.RatedCase c = cases.find(number);
            model.addAttribute("problem", DomainMessages.text(texts, e, locale));
            model.addAttribute("ended", evaluation.rateable(number));
            return form(c.number(), c.subjectName(), RatingChannel.PORTAL, form, model);
        }
    }

    @GetMapping("/rate/{token}")
    String link(@PathVariable @Size(max = 100) String token, Model model, Locale locale) {
        model.addAttribute("action", "/rate/" + token);
        try {
            LinkedCase c = evaluation.open(token);
            model.addAttribute("ended", true);
            return form(c.number(), c.subjectName(), c.channel(), RatingForm.EMPTY, model);
        } catch (DomainException e) {
            return unusable(e, model, locale);
        }
    }

    @PostMapping("/rate/{token}")
    String rateLink(@PathVariable @Size(max = 100) String token, @RequestParam(required = false) String grade,
            @RequestParam(required = false) List<String> reasons,
            @RequestParam(defaultValue = "") @Size(max = Limits.TEXT) String comment, Model model, Locale locale) {
        RatingForm form = new RatingForm(grade, reasons == null ? List.of() : reasons, comment);
        model.addAttribute("action", "/rate/" + token);
        LinkedCase c;
        try {
            c = evaluation.open(token);
        } catch (DomainException e) {
            return unusable(e, model, locale);
        }
        try {
            return thanks(evaluation.rate(token, form.chosenGrade(), form.chosenReasons(), form.comment()), model);
        } catch (DomainException e) {
            model.addAttribute("problem", DomainMessages.text(texts, e, locale));
            model.addAttribute("ended", true);
            return form(c.number(), c.subjectName(), c.channel(), form, model);
        }
    }

    private String form(String number, String subjectName, RatingChannel channel, RatingForm form, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("subjectName", subjectName);
        model.addAttribute("channel", channel);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("indicators", Indicator.forChannel(channel));
        model.addAttribute("form", form);
        model.addAttribute("commentLimit", org.onevisit.evaluation.Answer.COMMENT);
        return PAGE;
    }

    private static String thanks(Rating rating, Model model) {
        model.addAttribute("rated", rating);
        model.addAttribute("number", rating.caseNumber());
        model.addAttribute("subjectName", rating.subjectName());
        return PAGE;
    }

    private String unusable(DomainException e, Model model, Locale locale) {
        model.addAttribute("unusable", DomainMessages.text(texts, e, locale));
        return PAGE;
    }
}
