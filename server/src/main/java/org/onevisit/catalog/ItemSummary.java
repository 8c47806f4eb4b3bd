package org.onevisit.catalog;

import java.util.Locale;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** One line of a catalog search: the current version of an item, as a list shows it. */
public record ItemSummary(ItemCode code, int version, String name, String nameEn, ItemType type, String department,
        TimeLimit legalLimit, TimeLimit promisedLimit, int requiredVisits, boolean expressAllowed,
        Set<OnlineDepth> onlineDepth, Set<LifeEvent> lifeEvents, boolean retired) {

    public ItemSummary {
        onlineDepth = Collections.unmodifiableSortedSet(new TreeSet<>(onlineDepth));
        lifeEvents = Collections.unmodifiableSortedSet(new TreeSet<>(lifeEvents));
    }

    public boolean instant() {
        return promisedLimit.instant();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
