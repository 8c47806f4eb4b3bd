package org.onevisit.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.Delegation;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A member of staff's own page: roles, department and delegation list with its history. */
@Controller
class StaffPage {

    /** How an entry of the delegation list stands today. */
    enum Standing { IN_FORCE, NOT_YET, EXPIRED, REVOKED }

    /** One row of the delegation list. */
    record DelegationRow(String itemCode, LocalDate validFrom, @Nullable LocalDate validTo, String grantedBy,
            Standing standing, Delegation.@Nullable Revocation revocation) {

        static DelegationRow of(Delegation d, LocalDate today, ZoneId zone) {
            Standing standing = d.revoked() ? Standing.REVOKED
                    : d.coversOn(today, zone) ? Standing.IN_FORCE
                    : today.isBefore(d.validFrom()) ? Standing.NOT_YET : Standing.EXPIRED;
            return new DelegationRow(d.itemCode(), d.validFrom(), d.validTo(), d.grantedBy(), standing, d.revocation());
        }
    }

    private final StaffAccounts accounts;
    private final DelegationRegister delegations;
    private final Clock clock;

    StaffPage(StaffAccounts accounts, DelegationRegister delegations, Clock clock) {
        this.accounts = accounts;
        this.delegations = delegations;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String staff(Authentication user, Model model) {
        return accounts.find(user.getName()).map(member -> {
            LocalDate today = LocalDate.now(clock);
            List<DelegationRow> rows = delegations.history(member.username()).stream()
                    .map(d -> DelegationRow.of(d, today, clock.getZone())).toList();
            model.addAttribute("member", member);
            model.addAttribute("delegations", rows);
            model.addAttribute("zone", clock.getZone());
            return "people/staff";
        }).orElse("redirect:/login");
    }
}
