package org.onevisit.catalog;

import java.time.Instant;

/**
 * One published version of a service item. A published version never changes; editing publishes the next
 * version, and a case records the version it was accepted under.
 */
public record ItemVersion(ItemCode code, int version, ItemDetails details, Instant publishedAt, String publishedBy,
        boolean retired) {
}
