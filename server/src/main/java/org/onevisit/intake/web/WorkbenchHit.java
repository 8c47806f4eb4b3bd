package org.onevisit.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemQuery;

/** One line of the catalog search at the counter and in the portal: an item or a bundle to apply for. */
record WorkbenchHit(String code, String name, boolean bundle, String department) {

    static final int LIMIT = 8;

    /** Bundles whose name or code contains the words, then items, at most a few of each; nothing for no words. */
    static List<WorkbenchHit> search(Catalog catalog, String q, Locale locale) {
        String text = q.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        String words = text;
        List<WorkbenchHit> hits = new ArrayList<>();
        catalog.bundles().stream()
                .filter(b -> b.code().equalsIgnoreCase(words) || b.name().contains(words)
                        || b.nameEn().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)))
                .limit(LIMIT / 2)
                .forEach(b -> hits.add(new WorkbenchHit(b.code(), b.name(locale), true, b.leadDepartment())));
        catalog.search(new ItemQuery(words, null, null, null, false, 0, LIMIT)).items()
                .forEach(s -> hits.add(new WorkbenchHit(s.code().value(), s.name(locale), false, s.department())));
        return hits;
    }
}
