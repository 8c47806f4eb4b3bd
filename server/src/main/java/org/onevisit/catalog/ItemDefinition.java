package org.onevisit.catalog;

/** A service item as an administrator defines it: its code and the details of its next version. */
public record ItemDefinition(ItemCode code, ItemDetails details) {
}
