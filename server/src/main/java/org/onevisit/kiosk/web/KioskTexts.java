package org.onevisit.kiosk.web;

import java.util.Locale;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/** The kiosk's texts, and how a print's outcome is told on the screen. */
@Component
class KioskTexts {

    private final MessageSource messages;

    KioskTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    String problem(DomainException e, Locale locale) {
        return DomainMessages.text(messages, e, locale);
    }

    /** Runs the print; the screen says it printed, or why it did not (the printer's problem, with its status). */
    void printed(Runnable print, Model model, Locale locale, HttpServletResponse response) {
        try {
            print.run();
            model.addAttribute("printed", text("kiosk.print.done", locale));
        } catch (DomainException e) {
            response.setStatus(DomainMessages.status(e).value());
            model.addAttribute("problem", problem(e, locale));
        }
    }
}
