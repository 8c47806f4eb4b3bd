package org.onevisit.people.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.DelegationGrant;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffMember;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.constraints.Size;

/**
 * The administrators' page of delegation lists (授权清单): every chief representative with the items they may decide
 * alone, a form that grants an item over a period — the chief and the item picked by name from lists, the items of
 * the chief's own department — and revocation with a reason (the same use cases as {@link DelegationApi}). Audited by
 * {@link DelegationRegister}.
 */
@Controller
class DelegationAdminPage {

    /** A chief representative with their department's name, items and delegation list. */
    record Chief(StaffMember member, String departmentName, List<OrganisationNames.Choice> items,
            List<DelegationRow> delegations) {
    }

    /** What the grant form shows again after a refusal. */
    record Entered(String username, String itemCode, String validFrom, String validTo) {
    }

    private final StaffAccounts accounts;
    private final DelegationRegister register;
    private final OrganisationNames names;
    private final MessageSource messages;
    private final Clock clock;

    DelegationAdminPage(StaffAccounts accounts, DelegationRegister register, ObjectProvider<OrganisationNames> names,
            MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.register = register;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/delegations")
    String page(Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<Chief> chiefs = accounts.all().stream()
                .filter(m -> m.enabled() && m.holds(StaffRole.CHIEF_REPRESENTATIVE) && m.departmentCode() != null)
                .map(m -> new Chief(m, names.departmentName(m.departmentCode(), locale).orElse(m.departmentCode()),
                        names.items(m.departmentCode(), locale),
                        register.history(m.username()).stream()
                                .map(d -> DelegationRow.of(d, today, clock.getZone(), names, accounts, locale)).toList()))
                .toList();
        model.addAttribute("chiefs", chiefs);
        model.addAttribute("today", today);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered("", "", today.toString(), ""));
        }
        return "people/delegations-admin";
    }

    @PostMapping("/admin/delegations")
    String grant(@RequestParam(defaultValue = "") @Size(max = Limits.USERNAME) String username,
            @RequestParam(defaultValue = "") @Size(max = 64) String itemCode,
            @RequestParam(defaultValue = "") @Size(max = 20) String validFrom,
            @RequestParam(defaultValue = "") @Size(max = 20) String validTo, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            StaffMember chief = accounts.find(username).orElseThrow(() -> new DomainException(Kind.INVALID,
                    "delegation-chief-missing", "Choose a chief representative."));
            String item = itemCode.strip();
            if (item.isEmpty()) {
                throw new DomainException(Kind.INVALID, "delegation-item-missing", "Choose an item.");
            }
            if (chief.departmentCode() == null
                    || names.items(chief.departmentCode(), locale).stream().noneMatch(c -> c.code().equals(item))) {
                throw new DomainException(Kind.INVALID, "delegation-item-other-department",
                        "The item is not one of the chief representative's department.",
                        names.itemName(item, locale).orElse(item), chief.displayName());
            }
            register.grant(username, new DelegationGrant(item, date(validFrom, "validFrom").orElseThrow(() ->
                    new DomainException(Kind.INVALID, "delegation-from-missing", "Choose the first day.")),
                    date(validTo, "validTo").orElse(null)), user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("people.page.delegations.granted",
                    new Object[] {names.itemName(item, locale).orElse(item), chief.displayName()}, locale));
            return "redirect:/admin/delegations";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            model.addAttribute("entered", new Entered(username, itemCode, validFrom, validTo));
            return page(model, locale);
        }
    }

    @PostMapping("/admin/delegations/{id}/revocation")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = 500) String reason,
            Principal user, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if (reason.isBlank()) {
                throw new DomainException(Kind.INVALID, "delegation-reason-missing", "Say why the delegation is revoked.");
            }
            register.revoke(id, reason, user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("people.page.delegations.revoked", null, locale));
            return "redirect:/admin/delegations";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return page(model, locale);
        }
    }

    private static Optional<LocalDate> date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new DomainException(Kind.INVALID, "delegation-date-invalid", "Not a date: " + text, text);
        }
    }
}
