package org.onevisit.catalog;

import java.util.List;

/** A page of search results and how many items match in all. */
public record ItemPage(List<ItemSummary> items, int page, int size, long total) {

    public ItemPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
