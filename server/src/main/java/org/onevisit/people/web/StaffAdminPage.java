package org.onevisit.people.web;

import java.security.Principal;

import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.validation.constraints.Size;

/**
 * The administrators' page of staff accounts: who works in the centre, and disabling or enabling an account (the
 * same use cases as {@link StaffApi}). The URL already needs the administrator role.
 */
@Controller
class StaffAdminPage {

    private final StaffAccounts accounts;
    private final MessageSource messages;

    StaffAdminPage(StaffAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/staff")
    String page(Principal user, Model model) {
        model.addAttribute("members", accounts.all());
        model.addAttribute("self", user.getName());
        return "people/staff-admin";
    }

    @PostMapping("/admin/staff/{username}/disable")
    String disable(@PathVariable @Size(max = Limits.USERNAME) String username, Principal user, Model model) {
        return change(() -> accounts.disable(username, user.getName()), user, model);
    }

    @PostMapping("/admin/staff/{username}/enable")
    String enable(@PathVariable @Size(max = Limits.USERNAME) String username, Principal user, Model model) {
        return change(() -> accounts.enable(username, user.getName()), user, model);
    }

    /** Back to the list once changed; a refused change is said on the page, in the user's language. */
    private String change(Runnable change, Principal user, Model model) {
        try {
            change.run();
            return "redirect:/admin/staff";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, LocaleContextHolder.getLocale()));
            return page(user, model);
        }
    }
}
