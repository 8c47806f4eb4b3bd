package org.onevisit.catalog.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.CounterKind;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.DepartmentKind;
import org.onevisit.catalog.HallCounter;
import org.onevisit.catalog.HallOrganisation;
import org.onevisit.catalog.Sector;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.DomainMessages;
import org.onevisit.platform.Limits;
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
 * The administrators' pages of departments (names in Chinese and English, code, kind, sector, credit code, phone) and
 * of the hall's counters (number, name, kind, department or the centre): lists, a new one, a change, refused when
 * someone else changed it meanwhile ({@link HallOrganisation}). The URL already needs the administrator role.
 */
@Controller
class OrganisationAdminPages {

    /** The department form's values as entered. */
    record DepartmentForm(String code, String name, String nameEn, String kind, String sector, String creditCode,
            String phone, long version) {
    }

    /** The counter form's values as entered. */
    record CounterForm(String number, String name, String kind, String departmentCode, long version) {
    }

    /** A counter in the list, with its department's name. */
    record CounterRow(HallCounter counter, @Nullable String departmentName) {
    }

    private final HallOrganisation organisation;
    private final MessageSource messages;

    OrganisationAdminPages(HallOrganisation organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    // --- departments ---------------------------------------------------------------------------------------------

    @GetMapping("/admin/departments")
    String departments(Model model) {
        model.addAttribute("departments", organisation.departments());
        return "catalog/admin-departments";
    }

    @GetMapping("/admin/departments/new")
    String newDepartment(Model model) {
        return departmentForm(new DepartmentForm("", "", "", DepartmentKind.DEPARTMENT.name(),
                Sector.OTHER_DEPARTMENT.name(), "", "", 0), true, model);
    }

    @PostMapping("/admin/departments/new")
    String createDepartment(@RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String code,
            @RequestParam(defaultValue = "") @Size(max = 200) String name,
            @RequestParam(defaultValue = "") @Size(max = 200) String nameEn,
            @RequestParam(defaultValue = "") @Size(max = 40) String kind,
            @RequestParam(defaultValue = "") @Size(max = 40) String sector,
            @RequestParam(defaultValue = "") @Size(max = 18) String creditCode,
            @RequestParam(defaultValue = "") @Size(max = 40) String phone, Principal user, Model model, Locale locale,
            RedirectAttributes redirect) {
        DepartmentForm form = new DepartmentForm(code.strip().toUpperCase(Locale.ROOT), name, nameEn, kind, sector,
                creditCode.strip().toUpperCase(Locale.ROOT), phone, 0);
        try {
            Department created = organisation.createDepartment(department(form), user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.departments.created",
                    new Object[] {created.name(locale)}, locale));
            return "redirect:/admin/departments";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return departmentForm(form, true, model);
        }
    }

    @GetMapping("/admin/departments/{code}")
    String editDepartment(@PathVariable @Size(max = Limits.DEPARTMENT) String code, Model model) {
        HallOrganisation.DepartmentEdition e = organisation.department(code).orElseThrow(() -> departmentNotFound(code));
        Department d = e.department();
        return departmentForm(new DepartmentForm(d.code(), d.name(), d.nameEn(), d.kind().name(), d.sector().name(),
                d.creditCode(), d.phone(), e.version()), false, model);
    }

    @PostMapping("/admin/departments/{code}")
    String saveDepartment(@PathVariable @Size(max = Limits.DEPARTMENT) String code,
            @RequestParam(defaultValue = "") @Size(max = 200) String name,
            @RequestParam(defaultValue = "") @Size(max = 200) String nameEn,
            @RequestParam(defaultValue = "") @Size(max = 40) String kind,
            @RequestParam(defaultValue = "") @Size(max = 40) String sector,
            @RequestParam(defaultValue = "") @Size(max = 18) String creditCode,
            @RequestParam(defaultValue = "") @Size(max = 40) String phone, @RequestParam long version,
            Principal user, Model model, Locale locale, RedirectAttributes redirect) {
        organisation.department(code).orElseThrow(() -> departmentNotFound(code));
        DepartmentForm form = new DepartmentForm(code, name, nameEn, kind, sector, creditCode.strip().toUpperCase(Locale.ROOT),
                phone, version);
        try {
            Department saved = organisation.updateDepartment(department(form), version, user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.departments.saved",
                    new Object[] {saved.name(locale)}, locale));
            return "redirect:/admin/departments";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            if (e.code().endsWith("-changed-meanwhile")) {
                return editDepartment(code, model);
            }
            return departmentForm(form, false, model);
        }
    }

    private String departmentForm(DepartmentForm form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("sectors", Sector.values());
        return "catalog/admin-department";
    }

    private static Department department(DepartmentForm f) {
        return new Department(f.code(), f.name().strip(), f.nameEn().strip(),
                HallOrganisation.parse(DepartmentKind.class, f.kind(), "department-kind-invalid"),
                HallOrganisation.parse(Sector.class, f.sector(), "department-sector-invalid"), f.creditCode(),
                f.phone().strip(), List.of());
    }

    // --- counters ------------------------------------------------------------------------------------------------

    @GetMapping("/admin/counters")
    String counters(Model model, Locale locale) {
        List<Department> departments = organisation.departments().stream().map(HallOrganisation.DepartmentEdition::department)
                .toList();
        model.addAttribute("counters", organisation.counters().stream().map(c -> new CounterRow(c,
                c.departmentCode() == null ? null : departments.stream().filter(d -> d.code().equals(c.departmentCode()))
                        .map(d -> d.name(locale)).findFirst().orElse(c.departmentCode()))).toList());
        return "catalog/admin-counters";
    }

    @GetMapping("/admin/counters/new")
    String newCounter(Model model) {
        return counterForm(new CounterForm("", "", CounterKind.COMPREHENSIVE.name(), "", 0), true, model);
    }

    @PostMapping("/admin/counters/new")
    String createCounter(@RequestParam(defaultValue = "") @Size(max = 16) String number,
            @RequestParam(defaultValue = "") @Size(max = 200) String name,
            @RequestParam(defaultValue = "") @Size(max = 40) String kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String departmentCode, Principal user,
            Model model, Locale locale, RedirectAttributes redirect) {
        CounterForm form = new CounterForm(number.strip().toUpperCase(Locale.ROOT), name, kind, departmentCode, 0);
        try {
            HallCounter created = organisation.createCounter(counter(form), user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.counters.created",
                    new Object[] {created.number(), created.name()}, locale));
            return "redirect:/admin/counters";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            return counterForm(form, true, model);
        }
    }

    @GetMapping("/admin/counters/{number}")
    String editCounter(@PathVariable @Size(max = 16) String number, Model model) {
        HallCounter c = organisation.counter(number).orElseThrow(() -> counterNotFound(number));
        return counterForm(new CounterForm(c.number(), c.name(), c.kind().name(),
                c.departmentCode() == null ? "" : c.departmentCode(), c.version()), false, model);
    }

    @PostMapping("/admin/counters/{number}")
    String saveCounter(@PathVariable @Size(max = 16) String number,
            @RequestParam(defaultValue = "") @Size(max = 200) String name,
            @RequestParam(defaultValue = "") @Size(max = 40) String kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.DEPARTMENT) String departmentCode,
            @RequestParam long version, Principal user, Model model, Locale locale, RedirectAttributes redirect) {
        organisation.counter(number).orElseThrow(() -> counterNotFound(number));
        CounterForm form = new CounterForm(number, name, kind, departmentCode, version);
        try {
            HallCounter saved = organisation.updateCounter(counter(form), version, user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.counters.saved",
                    new Object[] {saved.number(), saved.name()}, locale));
            return "redirect:/admin/counters";
        } catch (DomainException e) {
            model.addAttribute("message", DomainMessages.text(messages, e, locale));
            if (e.code().endsWith("-changed-meanwhile")) {
                return editCounter(number, model);
            }
            return counterForm(form, false, model);
        }
    }

    private String counterForm(CounterForm form, boolean creating, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", CounterKind.values());
        model.addAttribute("departments", organisation.departments().stream()
                .map(HallOrganisation.DepartmentEdition::department).toList());
        return "catalog/admin-counter";
    }

    private static HallCounter counter(CounterForm f) {
        return new HallCounter(f.number(), f.name().strip(),
                HallOrganisation.parse(CounterKind.class, f.kind(), "counter-kind-invalid"),
                f.departmentCode().isBlank() ? null : f.departmentCode().strip(), f.version());
    }

    private static DomainException departmentNotFound(String code) {
        return new DomainException(Kind.NOT_FOUND, "department-not-found", "No department " + code, code);
    }

    private static DomainException counterNotFound(String number) {
        return new DomainException(Kind.NOT_FOUND, "counter-not-found", "No counter " + number, number);
    }
}
