package org.onevisit.evaluation.web;

import java.util.Locale;

import org.onevisit.evaluation.Evaluation;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Size;

/**
 * The counter's rating pad (评价器): the clerk types the case number and hands the screen to the applicant, who rates on
 * a one-time page of that case; the rating records the pad as its channel and no member of staff as its rater.
 */
@Controller
@PreAuthorize("hasRole('CLERK')")
class CounterPadPages {

    private final Evaluation evaluation;
    private final MessageSource texts;

    CounterPadPages(Evaluation evaluation, MessageSource texts) {
        this.evaluation = evaluation;
        this.texts = texts;
    }

    @GetMapping("/staff/counter/rating-pad")
    String pad() {
        return "evaluation/pad";
    }

    @PostMapping("/staff/counter/rating-pad")
    String hand(@RequestParam(defaultValue = "") @Size(max = Limits.NUMBER) String number, Authentication clerk,
            Model model, Locale locale) {
        try {
            return "redirect:/rate/" + evaluation.handPad(number.strip(), clerk.getName());
        } catch (DomainException e) {
            model.addAttribute("number", number);
            model.addAttribute("problem", DomainMessages.text(texts, e, locale));
            return "evaluation/pad";
        }
    }
}
