package org.onevisit.people.web;

import org.jspecify.annotations.Nullable;
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

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, HttpServletRequest request, Model model) {
        if (error != null) {
            model.addAttribute("failure", failureMessage(request.getSession(false)));
        }
        return "people/login";
    }

    private static String failureMessage(@Nullable HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof DisabledException ? "people.login.disabled" : "people.login.failed";
    }
}
