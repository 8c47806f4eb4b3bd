package org.onevisit.catalog;

import java.util.List;

/**
 * A stage of a bundle's plan: its items are reviewed in parallel (并联审批), and it starts when every stage
 * it comes {@code after} is done.
 */
public record Stage(String key, String name, List<String> items, List<String> after, JointMode joint) {

    public Stage {
        items = List.copyOf(items);
        after = List.copyOf(after);
    }
}
