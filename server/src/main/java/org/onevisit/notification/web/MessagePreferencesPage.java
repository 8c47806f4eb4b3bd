package org.onevisit.notification.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.notification.MessagePreferences;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's message settings in the portal (the same use case as {@link MessagePreferencesApi}): SMS and/or
 * e-mail, the address, the language, and a switch for each optional kind; the required kinds are listed as always
 * sent. A refusal is shown on the form with what was entered.
 */
@Controller
class MessagePreferencesPage {

    /** What the form shows: saved or just entered. */
    record Form(boolean bySms, boolean byEmail, String email, String language, List<String> switchedOff) {
    }

    private final MessagePreferences preferences;
    private final MessageSource messages;

    MessagePreferencesPage(MessagePreferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/portal/message-preferences")
    String page(Authentication applicant, Model model) {
        if (!model.containsAttribute("form")) {
            MessagePreferences.Settings s = preferences.settings(applicant.getName());
            model.addAttribute("form", new Form(s.choice().bySms(), s.choice().byEmail(),
                    s.email() == null ? "" : s.email(), s.language().code(),
                    List.copyOf(s.choice().switchedOff())));
        }
        model.addAttribute("optionalKinds", MessagePreferences.optionalKinds());
        model.addAttribute("requiredKinds", MessagePreferences.requiredKinds());
        return "notification/preferences";
    }

    @PostMapping("/portal/message-preferences")
    String save(@RequestParam(defaultValue = "false") boolean bySms, @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "zh") String language,
            @RequestParam(name = "on", required = false) @Nullable List<String> on, Authentication applicant,
            Model model, Locale locale, RedirectAttributes redirect) {
        List<String> kept = on == null ? List.of() : on;
        List<String> off = MessagePreferences.optionalKinds().stream().filter(k -> !kept.contains(k)).toList();
        String typed = email.length() > 254 ? email.substring(0, 254) : email;
        try {
            preferences.save(applicant.getName(), bySms, byEmail, off, typed, language, "WEB");
            redirect.addFlashAttribute("done", messages.getMessage("notification.page.preferences.saved", null, locale));
            return "redirect:/portal/message-preferences";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            model.addAttribute("form", new Form(bySms, byEmail, typed, language, off));
            return page(applicant, model);
        }
    }
}
