package org.onevisit.catalog.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.ItemQuery;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.OnlineDepth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalog pages: the item search, an item's guide (办事指南), the bundles (一件事) and a bundle's
 * guide. No login needed. An htmx request for the search gets only the results, so typing filters live.
 */
@Controller
class CatalogPages {

    static final int PAGE_SIZE = 20;

    private final Catalog catalog;
    private final Clock clock;
    private final boolean deemedConsentByDefault;

    CatalogPages(Catalog catalog, Clock clock,
            @Value("${onevisit.casework.deemed-consent-by-default:false}") boolean deemedConsentByDefault) {
        this.catalog = catalog;
        this.clock = clock;
        this.deemedConsentByDefault = deemedConsentByDefault;
    }

    @GetMapping("/catalog")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String lifeEvent,
            @RequestParam(defaultValue = "0") String page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        String text = q.length() > 100 ? q.substring(0, 100) : q;
        ItemQuery query = new ItemQuery(text, department.isBlank() ? null : department, constant(ItemType.class, type),
                constant(LifeEvent.class, lifeEvent), false, number(page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", catalog.search(query));
        model.addAttribute("departments", departments());
        model.addAttribute("types", ItemType.values());
        model.addAttribute("personEvents", Arrays.stream(LifeEvent.values()).filter(e -> e.compareTo(LifeEvent.BUSINESS_START) < 0).toList());
        model.addAttribute("enterpriseEvents", Arrays.stream(LifeEvent.values()).filter(e -> e.compareTo(LifeEvent.BUSINESS_START) >= 0).toList());
        return htmx != null ? "catalog/search :: results" : "catalog/search";
    }

    @GetMapping("/catalog/items/{code}")
    String item(@PathVariable String code, @RequestParam(required = false) @Nullable String version, Model model) {
        ItemVersion current = catalog.item(code);
        int asked = version == null ? current.version() : number(version);
        ItemVersion shown = asked == current.version() ? current : catalog.item(code, asked);
        model.addAttribute("item", shown);
        model.addAttribute("d", shown.details());
        model.addAttribute("current", current);
        model.addAttribute("older", shown.version() != current.version());
        model.addAttribute("departments", departments());
        model.addAttribute("bundles", catalog.bundles().stream().filter(b -> b.items().contains(code)).toList());
        model.addAttribute("history", catalog.history(code));
        model.addAttribute("onlineDepths", OnlineDepth.values());
        model.addAttribute("deemedConsent", shown.details().deemedConsent().allowed(deemedConsentByDefault));
        model.addAttribute("zone", clock.getZone());
        return "catalog/item";
    }

    @GetMapping("/bundles")
    String bundles(Model model) {
        List<Bundle> bundles = catalog.bundles();
        model.addAttribute("bundles", bundles);
        model.addAttribute("plans", bundles.stream().collect(Collectors.toMap(Bundle::code, catalog::plan)));
        model.addAttribute("departments", departments());
        return "catalog/bundles";
    }

    @GetMapping("/bundles/{code}")
    String bundle(@PathVariable String code, Locale locale, Model model) {
        Bundle bundle = catalog.bundle(code);
        model.addAttribute("bundle", bundle);
        java.util.Map<String, org.onevisit.catalog.ItemVersion> items = catalog.itemsOf(bundle);
        model.addAttribute("view", CatalogBundleView.of(bundle, catalog.plan(bundle), items, locale));
        model.addAttribute("formFields", org.onevisit.catalog.FormField.union(bundle.items().stream()
                .filter(items::containsKey).map(item -> items.get(item).details()).toList()));
        model.addAttribute("departments", departments());
        return "catalog/bundle";
    }

    private Map<String, Department> departments() {
        return catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity()));
    }

    /** A filter value from a link someone may have typed by hand: an unknown value filters nothing. */
    static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
        return Optional.of(name.strip()).filter(n -> !n.isEmpty())
                .flatMap(n -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(n)).findFirst())
                .orElse(null);
    }

    static int number(String text) {
        try {
            return Math.max(Integer.parseInt(text.strip()), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
