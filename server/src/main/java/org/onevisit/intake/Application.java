package org.onevisit.intake;

import java.time.Instant;
import java.util.List;

/**
 * What a case applies for (申请事项) and how it was handed in: fixed when the case is created.
 *
 * @param idempotencyKey the key a retry of the same submission repeats, so that it finds this case
 * @param subject the item or bundle applied for: its code
 * @param subjectName the item's or the bundle's name as the catalog gave it then
 * @param bundle whether {@code subject} is a bundle (一件事)
 * @param items the items applied for, one for an item, each of the bundle's for a bundle, at their published versions
 * @param createdAt when the case was created: handed in, or asked to be pre-checked
 */
public record Application(String idempotencyKey, Channel channel, String subject, String subjectName, boolean bundle,
        List<CaseItem> items, Instant createdAt) {

    public Application {
        items = List.copyOf(items);
    }

    /** The departments whose items the case applies for (each item's own department, not those reviewing jointly). */
    public List<String> departments() {
        return items.stream().map(CaseItem::department).distinct().toList();
    }

    /** Whether every item applied for is decided on the spot (即办件). */
    public boolean instant() {
        return items.stream().allMatch(CaseItem::instant);
    }
}
