package org.onevisit.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onevisit.catalog.CatalogStore.ItemState;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to the catalog: create an item, publish its next version, retire it, import a
 * whole catalog. Every change is checked by {@link CatalogRules} first and stores nothing when it fails.
 */
@Service
@Transactional
public class CatalogEditing {

    private final CatalogStore store;
    private final CatalogStructure structure;
    private final Clock clock;

    CatalogEditing(CatalogStore store, CatalogStructure structure, Clock clock) {
        this.store = store;
        this.structure = structure;
        this.clock = clock;
    }

    /** Creates an item with its first published version. */
    public ItemVersion create(ItemDefinition item, String by) {
        if (store.itemState(item.code().value()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "catalog-item-exists", "An item with code " + item.code() + " exists",
                    item.code().value());
        }
        check(item.details());
        store.createItem(item.code().value());
        return publish(item.code(), item.details(), new ItemState(item.code().value(), 0, false, 0), by);
    }

    /**
     * Publishes the next version of an item, edited from version {@code basedOn}; when someone published another
     * version meanwhile, nothing is stored and the editor is told. Identical details publish nothing.
     */
    public ItemVersion revise(ItemCode code, ItemDetails details, int basedOn, String by) {
        ItemState state = store.itemState(code.value()).orElseThrow(() -> Catalog.itemNotFound(code.value()));
        if (state.retired()) {
            throw new DomainException(Kind.CONFLICT, "catalog-item-retired", "Item " + code + " is retired", code.value());
        }
        if (state.currentVersion() != basedOn) {
            throw changedMeanwhile(code, state.currentVersion(), basedOn);
        }
        check(details);
        ItemVersion current = store.currentVersion(code.value()).orElseThrow();
        if (current.details().equals(details)) {
            return current;
        }
        return publish(code, details, state, by);
    }

    /** Retires an item: it leaves the public catalog and takes no new cases; its versions stay on record. */
    public void retire(ItemCode code, String reason, int basedOn, String by) {
        ItemState state = store.itemState(code.value()).orElseThrow(() -> Catalog.itemNotFound(code.value()));
        if (state.retired()) {
            throw new DomainException(Kind.CONFLICT, "catalog-item-retired", "Item " + code + " is retired", code.value());
        }
        if (reason.isBlank()) {
            throw new DomainException(Kind.INVALID, "catalog-retire-reason-missing", "A reason is needed to retire an item");
        }
        if (state.currentVersion() != basedOn
                || !store.retire(code.value(), clock.instant(), by, reason.strip(), state.rowVersion())) {
            throw changedMeanwhile(code, state.currentVersion(), basedOn);
        }
    }

    /** Imports a whole catalog document: all of it, or nothing when any problem is found. */
    public ImportReport importCatalog(CatalogDraft draft, String by) {
        Map<String, Department> departments = structure.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        List<ImportProblem> problems = CatalogRules.check(draft, new CatalogRules.Known(departments, store.itemsRetired()));
        if (!problems.isEmpty()) {
            throw new CatalogInvalid(problems);
        }
        CatalogDocument doc = draft.document();
        structure.releaseCounters(doc.departments().stream().map(Department::code).toList());
        int position = departments.size();
        for (Department d : doc.departments()) {
            structure.saveDepartment(d, departments.containsKey(d.code()) ? position(d, departments) : position++);
        }
        int[] counts = new int[3];
        for (ItemDefinition item : doc.items()) {
            counts[importItem(item, by)]++;
        }
        List<Bundle> existing = structure.bundles();
        for (int i = 0; i < doc.bundles().size(); i++) {
            structure.saveBundle(doc.bundles().get(i), existing.size() + i);
        }
        return new ImportReport(counts[0], counts[1], counts[2], doc.departments().size(), doc.bundles().size());
    }

    private static int position(Department d, Map<String, Department> departments) {
        return new ArrayList<>(departments.keySet()).indexOf(d.code());
    }

    /** 0 when created, 1 when a new version was published, 2 when unchanged. */
    private int importItem(ItemDefinition item, String by) {
        String code = item.code().value();
        var state = store.itemState(code);
        if (state.isEmpty()) {
            store.createItem(code);
            publish(item.code(), item.details(), new ItemState(code, 0, false, 0), by);
            return 0;
        }
        ItemVersion current = store.currentVersion(code).orElseThrow();
        if (current.details().equals(item.details())) {
            return 2;
        }
        publish(item.code(), item.details(), state.get(), by);
        return 1;
    }

    private ItemVersion publish(ItemCode code, ItemDetails details, ItemState state, String by) {
        int next = state.currentVersion() + 1;
        // Claim the version first: of two editors publishing at once, the second finds the row changed.
        if (!store.makeCurrent(code.value(), next, state.rowVersion())) {
            throw changedMeanwhile(code, state.currentVersion() + 1, state.currentVersion());
        }
        Instant now = clock.instant();
        ItemVersion version = new ItemVersion(code, next, details, now, by, false);
        store.insertVersion(version);
        return version;
    }

    private void check(ItemDetails details) {
        Map<String, Department> departments = structure.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        List<ImportProblem> problems = ItemRules.check(details, field -> Where.path(field, 0), departments::containsKey);
        if (!problems.isEmpty()) {
            throw new CatalogInvalid(problems);
        }
    }

    private static DomainException changedMeanwhile(ItemCode code, int current, int basedOn) {
        return new DomainException(Kind.CONFLICT, "catalog-item-changed",
                "Item " + code + " is at version " + current + ", the edit was based on version " + basedOn,
                Map.of("currentVersion", current), code.value(), current, basedOn);
    }

    /** Counts of what the catalog holds, for the first start and for tests. */
    public boolean empty() {
        return store.count("department") == 0 && store.count("service_item") == 0;
    }
}
