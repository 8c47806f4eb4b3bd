package org.onevisit.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A catalog search: words of the name or code, and optional filters. Retired items are left out unless asked
 * for. Results come a page at a time.
 */
public record ItemQuery(String text, @Nullable String department, @Nullable ItemType type, @Nullable LifeEvent lifeEvent,
        boolean includeRetired, int page, int size) {

    public ItemQuery {
        text = text.strip();
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 500);
    }

    public static ItemQuery all() {
        return new ItemQuery("", null, null, null, false, 0, 500);
    }
}
