package org.onevisit.people.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.OrganisationNames;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffChange;
import org.onevisit.people.StaffCounters;
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
 * The administrators' pages of staff accounts (the same use cases as {@link StaffApi}): who works in the centre, in
 * which department and roles; opening an account with a first password its holder must change; changing an account's
 * name, department and roles, refused when someone else changed it meanwhile; disabling and enabling. Departments are
 * chosen by name. The URL already needs the administrator role; every change is audited by {@link StaffAccounts}.
 */
@Controller
class StaffAdminPage {

    /** A row of the list: the account with its department's name and the counter it sits at (null: none). */
    record Row(StaffMember member, @Nullable String departmentName, @Nullable String counter) {
    }

    /** What the form shows: the values entered (or read) and the row's version. */
    record Form(String username, String displayName, String departmentCode, Set<StaffRole> roles, long version) {
    }

    private final StaffAccounts accounts;
    private final OrganisationNames names;
    private final MessageSource messages;
    private final StaffCounters counters;

    StaffAdminPage(StaffAccounts accounts, ObjectProvider<OrganisationNames> names, MessageSource messages,
            StaffCounters counters) {
        this.accounts = accounts;
        this.counters = counters;
        this.names = names.getIfAvailable(() -> OrganisationNames.NONE);
        this.messages = messages;
    }

    @GetMapping("/admin/staff")
    String page(Principal user, Model model, Locale locale) {
        java.util.Map<String, String> seated = counters.seated();
        model.addAttribute("members", accounts.all().stream().map(m -> new Row(m, m.departmentCode() == null ? null
                : names.departmentName(m.departmentCode(), locale).orElse(m.departmentCode()),
                seated.get(m.username()))).toList());
        model.addAttribute("self", user.getName());
        return "people/staff-admin";
    }

    @GetMapping("/admin/staff/new")
    String newForm(Model model, Locale locale) {
        return form(new Form("", "", "", EnumSet.noneOf(StaffRole.class), 0), true, model, locale);
    }

    @PostMapping("/admin/staff/new")
    String open(@RequestParam(defaultValue = "") @Size(max = Limits.USERNAME) String username,
            @RequestParam(defaultValue = "") @Size(max = 200) String displayName,
            @RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String departmentCode,
            @RequestParam(required = false) @Nullable @Size(max = 10) List<String> roles,
            @RequestParam(defaultValue = "") @Size(max = 100) String password, Principal user, Model model,
            Locale locale, RedirectAttributes redirect) {
        Set<StaffRole> chosen = roles(roles);
        Form entered = new Form(username.strip(), displayName, departmentCode, chosen, 0);
        try {
            knownDepartment(departmentCode, locale);
            StaffMember opened = accounts.open(new NewStaffMember(username.strip(), displayName,
                    departmentCode.isBlank() ? null : departmentCode, chosen, password), user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("people.page.staffAdmin.opened",
                    new Object[] {opened.displayName(), opened.username()}, locale));
            return "redirect:/admin/staff";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return form(entered, true, model, locale);
        }
    }

    @GetMapping("/admin/staff/{username}")
    String editForm(@PathVariable @Size(max = Limits.USERNAME) String username, Model model, Locale locale) {
        StaffAccounts.Edition edition = accounts.edition(username).orElseThrow(() -> notFound(username));
        StaffMember m = edition.member();
        return form(new Form(m.username(), m.displayName(), m.departmentCode() == null ? "" : m.departmentCode(),
                m.roles(), edition.version()), false, model, locale);
    }

    @PostMapping("/admin/staff/{username}")
    String save(@PathVariable @Size(max = Limits.USERNAME) String username,
            @RequestParam(defaultValue = "") @Size(max = 200) String displayName,
            @RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String departmentCode,
            @RequestParam(required = false) @Nullable @Size(max = 10) List<String> roles,
            @RequestParam long version, Principal user, Model model, Locale locale, RedirectAttributes redirect) {
        accounts.edition(username).orElseThrow(() -> notFound(username));
        Set<StaffRole> chosen = roles(roles);
        try {
            knownDepartment(departmentCode, locale);
            StaffMember saved = accounts.update(username, new StaffChange(displayName,
                    departmentCode.isBlank() ? null : departmentCode, chosen), version, user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("people.page.staffAdmin.saved",
                    new Object[] {saved.displayName()}, locale));
            return "redirect:/admin/staff";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            if ("staff-changed-meanwhile".equals(e.code())) {
                // show what is stored now, so that the administrator makes their change again on top of it
                editForm(username, model, locale);
                return "people/staff-form";
            }
            return form(new Form(username, displayName, departmentCode, chosen, version), false, model, locale);
        }
    }

    /**
     * Seats the member of staff at a counter of the hall, or at none (blank): where they work today, until they or the
     * administrator change it again. A number the hall has no counter for is refused on the form.
     */
    @PostMapping("/admin/staff/{username}/counter")
    String seat(@PathVariable @Size(max = Limits.USERNAME) String username,
            @RequestParam(defaultValue = "") @Size(max = 16) String counter, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        StaffMember member = accounts.find(username).orElseThrow(() -> notFound(username));
        try {
            java.util.Optional<String> seated = counters.seat(username, counter, user.getName(), "WEB");
            redirect.addFlashAttribute("done", seated.map(c -> messages.getMessage("people.page.staffAdmin.counterSaved",
                    new Object[] {member.displayName(), c}, locale)).orElseGet(() -> messages.getMessage(
                    "people.page.staffAdmin.counterLeft", new Object[] {member.displayName()}, locale)));
            return "redirect:/admin/staff";
        } catch (DomainException e) {
            model.addAttribute("counterMessage", DomainMessages.text(messages, e, locale));
            return editForm(username, model, locale);
        }
    }

    @PostMapping("/admin/staff/{username}/disable")
    String disable(@PathVariable @Size(max = Limits.USERNAME) String username, Principal user, Model model, Locale locale) {
        return change(() -> accounts.disable(username, user.getName()), user, model, locale);
    }

    @PostMapping("/admin/staff/{username}/enable")
    String enable(@PathVariable @Size(max = Limits.USERNAME) String username, Principal user, Model model, Locale locale) {
        return change(() -> accounts.enable(username, user.getName()), user, model, locale);
    }

    /** Back to the list once changed; a refused change is said on the page, in the user's language. */
    private String change(Supplier<StaffMember> change, Principal user, Model model, Locale locale) {
        try {
            change.get();
            return "redirect:/admin/staff";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return page(user, model, locale);
        }
    }

    private String form(Form form, boolean opening, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("opening", opening);
        model.addAttribute("departments", names.departments(locale));
        model.addAttribute("allRoles", StaffRole.values());
        if (!opening) {
            model.addAttribute("counters", counters.counters(locale));
            model.addAttribute("counter", counters.counterOf(form.username()).orElse(""));
        }
        return "people/staff-form";
    }

    /** A department chosen from the list must be one the catalog has. */
    private void knownDepartment(String code, Locale locale) {
        if (!code.isBlank() && names.departmentName(code.strip(), locale).isEmpty()) {
            throw new DomainException(Kind.INVALID, "staff-department-unknown", "No department has the code " + code + ".",
                    code);
        }
    }

    /** The roles ticked; a value that is not a role is refused. */
    private static Set<StaffRole> roles(@Nullable List<String> values) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String value : values == null ? new ArrayList<String>() : values) {
            try {
                roles.add(StaffRole.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new DomainException(Kind.INVALID, "staff-role-unknown", "No role is called " + value + ".", value);
            }
        }
        return roles;
    }

    private static DomainException notFound(String username) {
        return new DomainException(Kind.NOT_FOUND, "staff-not-found", "No member of staff is called " + username + ".",
                username);
    }
}
