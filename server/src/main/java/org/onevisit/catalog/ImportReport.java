package org.onevisit.catalog;

/** What an import changed: items created, given a new version or left alone; departments and bundles saved. */
public record ImportReport(int itemsCreated, int itemsRevised, int itemsUnchanged, int departments, int bundles) {
}
