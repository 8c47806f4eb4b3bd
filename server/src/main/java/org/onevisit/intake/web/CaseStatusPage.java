package org.onevisit.intake.web;

import java.time.Clock;
import java.util.Locale;

import org.onevisit.intake.StatusLookups;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.RetryWhen;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public status page (办件进度查询): a case number and the last four digits of the applicant's phone show
 * the progress, with personal data masked. A wrong number and wrong digits get the same neutral answer, so
 * nobody learns which part was wrong. The QR code on the receipt opens it with the number filled in; the
 * digits are posted, not put in the address. Lookups are limited ({@link StatusLookups}); a refused one is told on
 * the page with the time to wait, and answered 429.
 */
@Controller
class CaseStatusPage {

    private final StatusLookups lookups;
    private final MessageSource messages;
    private final Clock clock;

    CaseStatusPage(StatusLookups lookups, MessageSource messages, Clock clock) {
        this.lookups = lookups;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/status")
    String form(@RequestParam(name = "case", defaultValue = "") String number, Model model) {
        model.addAttribute("caseNumber", clean(number));
        model.addAttribute("lastFour", "");
        return "intake/status";
    }

    @PostMapping("/status")
    String look(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String lastFour,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String number = clean(caseNumber);
        String digits = lastFour.strip();
        model.addAttribute("caseNumber", number);
        model.addAttribute("lastFour", digits);
        if (number.isEmpty() || !digits.matches("\\d{4}")) {
            model.addAttribute("notFound", messages.getMessage("intake.page.status.notFound", null, locale));
            return "intake/status";
        }
        try {
            model.addAttribute("view", StatusView.of(lookups.find(number, digits, ClientAddress.of(request.getRemoteAddr()))));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.TOO_MANY_REQUESTS) {
                refused(e, model, locale, response);
            } else {
                model.addAttribute("notFound", messages.getMessage("intake.page.status.notFound", null, locale));
            }
        }
        return "intake/status";
    }

    /** Too many lookups: said on the page with the time to wait, with the status and Retry-After an API client gets. */
    private void refused(DomainException e, Model model, Locale locale, HttpServletResponse response) {
        long seconds = ((Number) e.details().get(DomainException.RETRY_AFTER)).longValue();
        String when = RetryWhen.text(messages, clock, clock.instant().plusSeconds(seconds), locale);
        model.addAttribute("refused", messages.getMessage("intake.page.status." + e.code(), new Object[] {when}, locale));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static String clean(String number) {
        String n = number.strip();
        return n.length() > 40 ? n.substring(0, 40) : n;
    }
}
