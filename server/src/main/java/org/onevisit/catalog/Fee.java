package org.onevisit.catalog;

/** A fee (收费项目) charged for an item, with its standard, legal basis and whether it can be waived. */
public record Fee(String name, String standard, String basis, boolean waivable) {
}
