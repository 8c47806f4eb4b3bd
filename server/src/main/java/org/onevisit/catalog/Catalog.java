package org.onevisit.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Service;

/**
 * The catalog as everyone reads it: departments, the current and past versions of items, bundles and their
 * plans, and the whole catalog as one document for export.
 */
@Service
@ReadOnly
public class Catalog {

    private final CatalogStore store;
    private final CatalogStructure structure;

    Catalog(CatalogStore store, CatalogStructure structure) {
        this.store = store;
        this.structure = structure;
    }

    public List<Department> departments() {
        return structure.departments();
    }

    public Optional<Department> department(String code) {
        return structure.departments().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public ItemPage search(ItemQuery query) {
        return store.search(query);
    }

    /** The current version of an item, retired or not. */
    public ItemVersion item(String code) {
        return store.currentVersion(code).orElseThrow(() -> itemNotFound(code));
    }

    /** A given version of an item, as a case accepted under it will show it. */
    public ItemVersion item(String code, int version) {
        return store.version(code, version).orElseThrow(() -> versionNotFound(code, version));
    }

    private static DomainException versionNotFound(String code, int version) {
        return new DomainException(Kind.NOT_FOUND, "catalog-item-version-not-found", "No version " + version + " of item "
                + code, code, version);
    }

    /**
     * What version {@code version} of an item said when it was published, as a case received under it applies it. A
     * published version never changes, so once known it is not read again; whether the item has been retired since
     * is not part of it ({@link #item(String, int)} says that).
     */
    public ItemDetails published(String code, int version) {
        return store.publishedDetails(code, version).orElseThrow(() -> versionNotFound(code, version));
    }

    public List<ItemHistoryEntry> history(String code) {
        List<ItemHistoryEntry> history = store.history(code);
        if (history.isEmpty()) {
            throw itemNotFound(code);
        }
        return history;
    }

    public List<Bundle> bundles() {
        return structure.bundles();
    }

    public Bundle bundle(String code) {
        return structure.bundles().stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "catalog-bundle-not-found",
                        "No bundle with code " + code, code));
    }

    /** The schedule of a bundle along its stages, each item lasting its promised limit. */
    public BundlePlan plan(Bundle bundle) {
        Map<String, ItemVersion> items = itemsOf(bundle);
        return BundlePlan.of(bundle, code -> items.containsKey(code)
                ? items.get(code).details().promisedLimit().approximateWorkingDays() : 0);
    }

    /** The current versions of a bundle's items by code. */
    public Map<String, ItemVersion> itemsOf(Bundle bundle) {
        return bundle.items().stream().map(store::currentVersion).flatMap(Optional::stream)
                .collect(Collectors.toMap(v -> v.code().value(), Function.identity()));
    }

    /** The whole catalog, every item at its current version (retired ones left out), for export. */
    public CatalogDocument export() {
        List<ItemDefinition> items = store.currentVersions().stream().filter(v -> !v.retired())
                .map(v -> new ItemDefinition(v.code(), v.details())).toList();
        return new CatalogDocument(structure.departments(), items, structure.bundles());
    }

    static DomainException itemNotFound(String code) {
        return new DomainException(Kind.NOT_FOUND, "catalog-item-not-found", "No service item with code " + code, code);
    }
}
