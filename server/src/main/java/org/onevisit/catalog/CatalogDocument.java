package org.onevisit.catalog;

import java.util.List;

/** The whole catalog as one document, the unit of import and export (YAML or Excel). */
public record CatalogDocument(List<Department> departments, List<ItemDefinition> items, List<Bundle> bundles) {

    public CatalogDocument {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        bundles = List.copyOf(bundles);
    }
}
