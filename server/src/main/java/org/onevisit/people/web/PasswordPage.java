package org.onevisit.people.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.AccountPasswords;
import org.onevisit.platform.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Changing one's own password, for staff and applicants; where an administrator set the password, the first page
 * after login and the only one open until it is changed.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordPage {

    /** The form: the current password and the new one twice. */
    record PasswordForm(@NotBlank @Size(max = 72) String currentPassword, @NotBlank @Size(max = 72) String newPassword,
            @Nullable String newPasswordAgain) {

        PasswordForm {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
        }

        static PasswordForm empty() {
            return new PasswordForm("", "", "");
        }

        @Override
        public String toString() {
            return "PasswordForm[]";
        }
    }

    private final AccountPasswords passwords;

    PasswordPage(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping(AccountPasswords.PAGE)
    String form(@RequestParam(required = false) @Nullable String changed, Authentication login, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute("changed", changed != null);
        return page(login, model);
    }

    @PostMapping(AccountPasswords.PAGE)
    String change(@Validated @ModelAttribute("form") PasswordForm form, BindingResult result, Authentication login,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!form.newPassword().equals(form.newPasswordAgain())) {
            result.rejectValue("newPasswordAgain", "people.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                passwords.change(login.getName(), form.currentPassword(), form.newPassword());
                RenewedLogin.afterPasswordChange(login, request, response);
                return "redirect:" + AccountPasswords.PAGE + "?changed";
            } catch (DomainException e) {
                Object field = e.details().get("field");
                result.rejectValue(field == null ? "newPassword" : field.toString(), "error." + e.code(), e.args(),
                        e.getMessage());
            }
        }
        model.addAttribute("changed", false);
        return page(login, model);
    }

    private static String page(Authentication login, Model model) {
        boolean applicant = login.getAuthorities().stream().anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority()));
        model.addAttribute("required", AccountPasswords.changeRequired(login));
        model.addAttribute("landing", applicant ? "/portal" : "/staff");
        return "people/password";
    }
}
