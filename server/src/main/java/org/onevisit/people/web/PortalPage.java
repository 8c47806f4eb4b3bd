package org.onevisit.people.web;

import org.onevisit.people.ApplicantAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The logged-in applicant's own page: their masked profile; their cases come with the intake. */
@Controller
class PortalPage {

    private final ApplicantAccounts accounts;

    PortalPage(ApplicantAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/portal")
    String portal(Authentication applicant, Model model) {
        return accounts.profile(applicant.getName()).map(profile -> {
            model.addAttribute("profile", profile);
            return "people/portal";
        }).orElse("redirect:/login");
    }
}
