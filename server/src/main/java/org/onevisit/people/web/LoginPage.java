package org.onevisit.people.web;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.LoginRefused;
import org.onevisit.platform.RetryWhen;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The one login page of staff and applicants; Spring Security handles the form's POST. */
@Controller
class LoginPage {

    private final MessageSource messages;
    private final Clock clock;

    LoginPage(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, HttpServletRequest request, Model model,
            Locale locale) {
        if (error != null) {
            model.addAttribute("failure", failureMessage(request.getSession(false), locale));
        }
        return "people/login";
    }

    private String failureMessage(@Nullable HttpSession session, Locale locale) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginRefused refused) {
            String when = RetryWhen.text(messages, clock, refused.retryAt(), locale);
            return messages.getMessage("people.login." + refused.reason().code(), new Object[] {when}, locale);
        }
        return messages.getMessage(failure instanceof DisabledException ? "people.login.disabled" : "people.login.failed",
                null, locale);
    }
}
