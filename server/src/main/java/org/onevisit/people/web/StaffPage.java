package org.onevisit.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.onevisit.people.DelegationRegister;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A member of staff's own page: roles, department and delegation list with its history. */
@Controller
class StaffPage {

    private final StaffAccounts accounts;
    private final DelegationRegister delegations;
    private final OrganisationNames names;
    private final Clock clock;

    StaffPage(StaffAccounts accounts, DelegationRegister delegations, ObjectProvider<OrganisationNames> names, Clock clock) {
        this.accounts = accounts;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
        this.delegations = delegations;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String staff(Authentication user, Model model, Locale locale) {
        return accounts.find(user.getName()).map(member -> {
            LocalDate today = LocalDate.now(clock);
            List<DelegationRow> rows = delegations.history(member.username()).stream()
                    .map(d -> DelegationRow.of(d, today, clock.getZone(), names, accounts, locale)).toList();
            model.addAttribute("member", member);
            model.addAttribute("delegations", rows);
            model.addAttribute("zone", clock.getZone());
            model.addAttribute("departmentName", member.departmentCode() == null ? null
                    : names.departmentName(member.departmentCode(), locale).orElse(member.departmentCode()));
            return "people/staff";
        }).orElse("redirect:/login");
    }
}
