package org.onevisit.people.web;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.Limits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registration of an applicant's account, as a person or as a legal person. */
@Controller
class RegistrationPage {

    /** The registration form; the identifier is the ID number or the credit code, depending on the kind. */
    record RegistrationForm(@NotNull @Nullable ApplicantKind kind, @Nullable @Size(max = Limits.IDENTIFIER) String idNumber,
            @Nullable @Size(max = Limits.IDENTIFIER) String creditCode, @NotBlank @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.IDENTIFIER) String phone,
            @Nullable @Size(max = 100) String legalRepresentative,
            @NotBlank @Size(min = 8, max = 72, message = "{people.password.size}") String password,
            @Nullable @Size(max = 72) String passwordAgain) {

        RegistrationForm {
            name = name == null ? "" : name;
            phone = phone == null ? "" : phone;
        }

        static RegistrationForm empty(ApplicantKind kind) {
            return new RegistrationForm(kind, "", "", "", "", "", "", "");
        }

        ApplicantRegistration registration() {
            return ApplicantRegistration.of(kind, idNumber, creditCode, name, phone, legalRepresentative, password);
        }

        @Override
        public String toString() {
            return "RegistrationForm[" + kind + "]";
        }
    }

    private final ApplicantAccounts accounts;

    RegistrationPage(ApplicantAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String form(@RequestParam(defaultValue = "NATURAL_PERSON") ApplicantKind kind, Model model) {
        model.addAttribute("form", RegistrationForm.empty(kind));
        return "people/register";
    }

    @PostMapping("/register")
    String register(@Validated @ModelAttribute("form") RegistrationForm form, BindingResult result) {
        if (form.kind() == null) {
            return "redirect:/register";
        }
        if (form.password() != null && !form.password().equals(form.passwordAgain())) {
            result.rejectValue("passwordAgain", "people.register.passwordMismatch");
        }
        ApplicantRegistration registration = form.registration();
        accounts.problems(registration).forEach(problem -> reject(result, problem));
        if (result.hasErrors()) {
            return "people/register";
        }
        try {
            accounts.register(registration);
        } catch (DomainException e) {
            reject(result, e);
            return "people/register";
        }
        return "redirect:/login?registered";
    }

    /** Shows a domain problem next to its field, unless that field already shows one. */
    private static void reject(BindingResult result, DomainException problem) {
        Object field = problem.details().get("field");
        String code = "error." + problem.code();
        if (field == null) {
            result.reject(code, problem.args(), problem.getMessage());
        } else if (!result.hasFieldErrors(field.toString())) {
            result.rejectValue(field.toString(), code, problem.args(), problem.getMessage());
        }
    }
}
