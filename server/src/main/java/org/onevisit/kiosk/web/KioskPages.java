package org.onevisit.kiosk.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemQuery;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.platform.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The kiosk's start screen, its guide (办事指南) found by touch — departments and life events as big buttons, the
 * catalog's own search behind them — and the end of a visit (取号 is {@link KioskTicketPages}).
 */
@Controller
class KioskPages {

    private static final int SHOWN = 12;

    private final Catalog catalog;

    KioskPages(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/kiosk")
    String start(@RequestParam(name = "ended", required = false) @Nullable String ended, Model model) {
        model.addAttribute("ended", ended != null);
        return "kiosk/start";
    }

    @GetMapping("/kiosk/items")
    String items(@RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String event,
            Model model) {
        String dept = catalog.department(department).map(d -> d.code()).orElse(null);
        LifeEvent lifeEvent = lifeEvent(event);
        model.addAttribute("departments", catalog.departments());
        model.addAttribute("events", LifeEvent.values());
        model.addAttribute("department", dept == null ? "" : dept);
        model.addAttribute("event", lifeEvent == null ? "" : lifeEvent.name());
        model.addAttribute("items", catalog.search(new ItemQuery("", dept, null, lifeEvent, false, 0, SHOWN)).items());
        return "kiosk/items";
    }

    @GetMapping("/kiosk/items/{code}")
    String item(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
        try {
            ItemVersion item = catalog.item(code);
            if (item.retired()) {
                return notFound(model, response);
            }
            model.addAttribute("item", item);
            model.addAttribute("details", item.details());
            model.addAttribute("department", catalog.department(item.details().department())
                    .map(d -> d.name(locale)).orElse(item.details().department()));
            return "kiosk/item";
        } catch (DomainException e) {
            return notFound(model, response);
        }
    }

    /** The person touched 结束, or the page's countdown ran out: the visit is forgotten. */
    @PostMapping("/kiosk/end")
    String end(HttpServletRequest request) {
        KioskVisit.end(request.getSession(false));
        return "redirect:/kiosk";
    }

    private static @Nullable LifeEvent lifeEvent(String name) {
        for (LifeEvent e : LifeEvent.values()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("missing", true);
        return "kiosk/item";
    }
}
