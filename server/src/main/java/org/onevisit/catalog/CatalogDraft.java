package org.onevisit.catalog;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.onevisit.catalog.ImportProblem.Where;

/**
 * A catalog document as read from a file, before it is checked: each entry knows where its fields are, the
 * problems met while reading are kept, and so are the codes of entries too broken to read, so that other
 * entries referring to them are not reported twice.
 */
public record CatalogDraft(List<Sourced<Department>> departments, List<Sourced<ItemDefinition>> items,
        List<Sourced<Bundle>> bundles, List<ImportProblem> problems, Set<String> declaredDepartments,
        Set<String> declaredItems) {

    public CatalogDraft {
        departments = List.copyOf(departments);
        items = List.copyOf(items);
        bundles = List.copyOf(bundles);
        problems = List.copyOf(problems);
        declaredDepartments = Set.copyOf(declaredDepartments);
        declaredItems = Set.copyOf(declaredItems);
    }

    /** An entry with the way to find any of its fields, e.g. {@code "materials[2].necessity"}. */
    public record Sourced<T>(T value, Function<String, Where> locate) {
    }

    public CatalogDocument document() {
        return new CatalogDocument(departments.stream().map(Sourced::value).toList(),
                items.stream().map(Sourced::value).toList(), bundles.stream().map(Sourced::value).toList());
    }
}
