package org.onevisit.intake.web;

import java.util.Locale;

import org.onevisit.intake.Intake;
import org.onevisit.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public status page (办件进度查询): a case number and the last four digits of the applicant's phone show
 * the progress, with personal data masked. A wrong number and wrong digits get the same neutral answer, so
 * nobody learns which part was wrong. The QR code on the receipt opens it with the number filled in; the
 * digits are posted, not put in the address.
 */
@Controller
class CaseStatusPage {

    private final Intake intake;
    private final MessageSource messages;

    CaseStatusPage(Intake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @GetMapping("/status")
    String form(@RequestParam(name = "case", defaultValue = "") String number, Model model) {
        model.addAttribute("caseNumber", clean(number));
        model.addAttribute("lastFour", "");
        return "intake/status";
    }

    @PostMapping("/status")
    String look(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String lastFour,
            Model model, Locale locale) {
        String number = clean(caseNumber);
        String digits = lastFour.strip();
        model.addAttribute("caseNumber", number);
        model.addAttribute("lastFour", digits);
        if (number.isEmpty() || !digits.matches("\\d{4}")) {
            model.addAttribute("notFound", messages.getMessage("intake.page.status.notFound", null, locale));
            return "intake/status";
        }
        try {
            model.addAttribute("view", StatusView.of(intake.findPublic(number, digits)));
        } catch (DomainException e) {
            model.addAttribute("notFound", messages.getMessage("intake.page.status.notFound", null, locale));
        }
        return "intake/status";
    }

    private static String clean(String number) {
        String n = number.strip();
        return n.length() > 40 ? n.substring(0, 40) : n;
    }
}
