package org.onevisit.kiosk.web;

import java.time.Clock;
import java.util.Locale;

import org.onevisit.kiosk.Kiosk;
import org.onevisit.kiosk.KioskCaseView;
import org.onevisit.platform.ClientAddress;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 查进度 at the kiosk: the receipt's QR code held under the scanner (a scanner types what it reads, then Enter, into
 * the screen's always-focused field), or the case number on the number pad; then the last four digits of the
 * applicant's phone on the number pad, as the status page asks, within its limits. The answer shows what the status
 * page shows, and prints as a status slip.
 */
@Controller
class KioskStatusPages {

    private final Kiosk kiosk;
    private final KioskTexts texts;
    private final Clock clock;

    KioskStatusPages(Kiosk kiosk, KioskTexts texts, Clock clock) {
        this.kiosk = kiosk;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/kiosk/status")
    String scan(Model model) {
        model.addAttribute("caseNumber", "");
        return "kiosk/status";
    }

    /** What the scanner typed, or the number typed on the pad: the case number found in it, or the problem. */
    @PostMapping("/kiosk/status/scan")
    String scanned(@RequestParam(defaultValue = "") String scanned, Model model, Locale locale,
            HttpServletResponse response) {
        return kiosk.scannedCaseNumber(scanned).map(number -> {
            model.addAttribute("caseNumber", number);
            return "kiosk/status";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("caseNumber", "");
            model.addAttribute("problem", texts.text("kiosk.status.unreadable", locale));
            return "kiosk/status";
        });
    }

    @PostMapping("/kiosk/status")
    String look(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String lastFour,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("caseNumber", caseNumber);
        if (!lastFour.strip().matches("\\d{4}")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", texts.text("kiosk.status.lastFourInvalid", locale));
            return "kiosk/status";
        }
        try {
            KioskCaseView found = kiosk.status(caseNumber, lastFour.strip(), ClientAddress.of(request.getRemoteAddr()));
            KioskVisit.of(request.getSession(), clock.instant()).lookedUp(found);
            model.addAttribute("found", found);
            return "kiosk/status-result";
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            if (e.kind() == DomainException.Kind.TOO_MANY_REQUESTS) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.details().get(DomainException.RETRY_AFTER)));
                model.addAttribute("problem", texts.text("kiosk.status.limited", locale));
            } else {
                model.addAttribute("problem", texts.text("kiosk.status.notFound", locale));
            }
            return "kiosk/status";
        }
    }

    /** Prints the status slip of the case this visit looked up last; after the idle end, there is none. */
    @PostMapping("/kiosk/status/print")
    String print(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        KioskVisit visit = KioskVisit.existing(request.getSession(false));
        KioskCaseView found = visit == null ? null : visit.lookedUp();
        if (found == null) {
            return "redirect:/kiosk/status";
        }
        model.addAttribute("found", found);
        texts.printed(() -> kiosk.printStatus(found), model, locale, response);
        return "kiosk/status-result";
    }
}
