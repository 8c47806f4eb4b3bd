package org.onevisit.catalog;

import java.time.Instant;

/** One published version of an item in its history. */
public record ItemHistoryEntry(int version, String name, Instant publishedAt, String publishedBy) {
}
