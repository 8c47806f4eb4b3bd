package org.onevisit.catalog.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.CatalogInvalid;
import org.onevisit.catalog.ImportReport;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemQuery;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.MaterialForm;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.OnlineDepth;
import org.onevisit.catalog.ResultType;
import org.onevisit.catalog.ServedParty;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's catalog pages: the items with their versions, publishing a new version, creating and
 * retiring items, importing a whole catalog and exporting it. A rejected change shows why on the same page,
 * with what was typed kept.
 */
@Controller
class CatalogAdminPages {

    private final Catalog catalog;
    private final CatalogEditing editing;
    private final ProblemTexts problems;
    private final MessageSource messages;
    private final Clock clock;

    CatalogAdminPages(Catalog catalog, CatalogEditing editing, ProblemTexts problems, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.editing = editing;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String home() {
        return "catalog/admin-home";
    }

    @GetMapping("/admin/catalog")
    String items(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("items", catalog.search(new ItemQuery(q.length() > 100 ? q.substring(0, 100) : q,
                null, null, null, true, 0, 500)));
        return "catalog/admin-items";
    }

    @GetMapping("/admin/catalog/items/new")
    String newItem(Model model) {
        return form(ItemForm.blank(), null, model);
    }

    @PostMapping("/admin/catalog/items/new")
    String create(@ModelAttribute("form") @Nullable ItemForm form, BindingResult binding, @RequestParam(defaultValue = "") String action, Principal user,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (form == null || binding.hasErrors()) {
            return unreadable(form == null ? ItemForm.blank() : form, null, locale, model, response);
        }
        if (!action.isEmpty()) {
            return form(form.edited(action), null, model);
        }
        try {
            ItemVersion created = editing.create(new ItemDefinition(new ItemCode(ItemForm.text(form.code())),
                    form.toDetails(List.of(), List.of())), user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.admin.created",
                    new Object[] {created.code().value()}, locale));
            return "redirect:/admin/catalog/items/" + created.code().value();
        } catch (DomainException e) {
            rejected(e, locale, model, response);
            return form(form, null, model);
        }
    }

    @GetMapping("/admin/catalog/items/{code}")
    String edit(@PathVariable String code, Model model) {
        ItemVersion current = catalog.item(code);
        return form(ItemForm.of(code, current.version(), current.details()), current, model);
    }

    @PostMapping("/admin/catalog/items/{code}")
    String revise(@PathVariable String code, @ModelAttribute("form") @Nullable ItemForm form, BindingResult binding,
            @RequestParam(defaultValue = "") String action, Principal user, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ItemVersion current = catalog.item(code);
        if (form == null || binding.hasErrors()) {
            return unreadable(form == null ? ItemForm.of(code, current.version(), current.details()) : form, current,
                    locale, model, response);
        }
        if (!action.isEmpty()) {
            return form(form.edited(action), current, model);
        }
        try {
            ItemDetails based = basedOn(code, form.basedOn());
            ItemVersion published = editing.revise(new ItemCode(code),
                    form.toDetails(based.specialProcedures(), based.applicantRoles()), form.basedOn(), user.getName());
            boolean changed = published.version() > form.basedOn();
            redirect.addFlashAttribute("done", messages.getMessage(changed ? "catalog.page.admin.published"
                    : "catalog.page.admin.unchanged", new Object[] {published.version()}, locale));
            return "redirect:/admin/catalog/items/" + code;
        } catch (DomainException e) {
            rejected(e, locale, model, response);
            return form(form, current, model);
        }
    }

    @PostMapping("/admin/catalog/items/{code}/retire")
    String retire(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "0") int basedOn, Principal user, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ItemVersion current = catalog.item(code);
        try {
            editing.retire(new ItemCode(code), reason, basedOn, user.getName());
            redirect.addFlashAttribute("done", messages.getMessage("catalog.page.admin.retired", new Object[] {code}, locale));
            return "redirect:/admin/catalog/items/" + code;
        } catch (DomainException e) {
            rejected(e, locale, model, response);
            model.addAttribute("reason", reason);
            return form(ItemForm.of(code, current.version(), current.details()), current, model);
        }
    }

    @GetMapping("/admin/catalog/import")
    String importPage() {
        return "catalog/admin-import";
    }

    @PostMapping("/admin/catalog/import")
    String importCatalog(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal user,
            Locale locale, Model model, HttpServletResponse response) throws IOException {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            ImportReport report = editing.importCatalog(CatalogTransferApi.read(bytes), user.getName());
            model.addAttribute("report", report);
        } catch (DomainException e) {
            model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
            rejected(e, locale, model, response);
        }
        return "catalog/admin-import";
    }

    private String form(ItemForm form, @Nullable ItemVersion current, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("current", current);
        model.addAttribute("departments", catalog.departments());
        model.addAttribute("types", ItemType.values());
        model.addAttribute("parties", ServedParty.values());
        model.addAttribute("events", LifeEvent.values());
        model.addAttribute("units", DayUnit.values());
        model.addAttribute("depths", OnlineDepth.values());
        model.addAttribute("deemedConsentRules", DeemedConsent.values());
        model.addAttribute("resultTypes", ResultType.values());
        model.addAttribute("necessities", Necessity.values());
        model.addAttribute("forms", MaterialForm.values());
        model.addAttribute("copyKinds", CopyKind.values());
        model.addAttribute("sources", MaterialSource.values());
        model.addAttribute("fieldTypes", FieldType.values());
        model.addAttribute("zone", clock.getZone());
        if (current != null) {
            model.addAttribute("history", catalog.history(current.code().value()));
        }
        return "catalog/admin-item";
    }

    /** The version edited from, whose special procedures and applicant roles the form leaves as they are. */
    private ItemDetails basedOn(String code, int basedOn) {
        try {
            return catalog.item(code, basedOn).details();
        } catch (DomainException e) {
            return catalog.item(code).details();
        }
    }

    /** A form whose numbers or choices could not be read, as only a hand-made request sends. */
    private String unreadable(ItemForm form, @Nullable ItemVersion current, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("error", messages.getMessage("catalog.page.admin.unreadable", null, locale));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, current, model);
    }

    private void rejected(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("error", DomainMessages.text(messages, e, locale));
        if (e instanceof CatalogInvalid invalid) {
            model.addAttribute("problems", problems.views(invalid.problems(), locale));
        }
        response.setStatus(DomainMessages.status(e).value());
    }
}
