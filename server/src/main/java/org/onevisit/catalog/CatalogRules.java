package org.onevisit.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onevisit.catalog.CatalogDraft.Sourced;
import org.onevisit.people.CreditCode;
import org.onevisit.platform.DomainException;

/**
 * The rules a catalog must keep before anything of it is stored: codes unique and well formed, references
 * resolvable, time limits consistent, materials complete, bundle plans without cycles. Every rule is checked
 * here, once, for imports and for single edits alike.
 */
final class CatalogRules {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,14}[A-Z0-9]");

    /** What the catalog already holds outside the document being checked. */
    record Known(Map<String, Department> departments, Map<String, Boolean> itemsRetired) {
    }

    private final Known known;
    private final CatalogDraft draft;
    private final List<ImportProblem> problems;

    private CatalogRules(CatalogDraft draft, Known known) {
        this.draft = draft;
        this.known = known;
        this.problems = new java.util.ArrayList<>(draft.problems());
    }

    /** Every problem of the draft, those met while reading first; empty when it can be imported. */
    static List<ImportProblem> check(CatalogDraft draft, Known known) {
        CatalogRules rules = new CatalogRules(draft, known);
        rules.checkDepartments();
        rules.checkItems();
        rules.checkBundles();
        return List.copyOf(rules.problems);
    }

    private void checkDepartments() {
        Set<String> codes = new HashSet<>();
        Map<String, String> creditCodes = new HashMap<>();
        Map<String, String> counters = new HashMap<>();
        known.departments().values().stream()
                .filter(d -> !draft.declaredDepartments().contains(d.code()))
                .forEach(d -> {
                    creditCodes.put(d.creditCode(), d.code());
                    d.counters().forEach(c -> counters.put(c.number(), d.code()));
                });
        for (Sourced<Department> entry : draft.departments()) {
            Department d = entry.value();
            if (!DEPARTMENT_CODE.matcher(d.code()).matches()) {
                problem(entry, "code", "department-code-format", d.code());
            } else if (!codes.add(d.code())) {
                problem(entry, "code", "duplicate-department", d.code());
            }
            required(entry, "name", d.name());
            checkCreditCode(entry, d);
            String holder = creditCodes.putIfAbsent(d.creditCode(), d.code());
            if (holder != null && !holder.equals(d.code())) {
                problem(entry, "creditCode", "duplicate-credit-code", d.creditCode(), holder);
            }
            for (int i = 0; i < d.counters().size(); i++) {
                Counter c = d.counters().get(i);
                String owner = counters.putIfAbsent(c.number(), d.code());
                if (owner != null) {
                    problem(entry, "counters[" + i + "].number", "duplicate-counter", c.number(), owner);
                }
                required(entry, "counters[" + i + "].name", c.name());
            }
        }
    }

    private void checkCreditCode(Sourced<Department> entry, Department d) {
        try {
            CreditCode.parse(d.creditCode());
        } catch (DomainException e) {
            problems.add(new ImportProblem(entry.locate().apply("creditCode"), e.code(), List.of(e.args())));
        }
    }

    private void checkItems() {
        Set<String> codes = new HashSet<>();
        for (Sourced<ItemDefinition> entry : draft.items()) {
            if (!codes.add(entry.value().code().value())) {
                problem(entry, "code", "duplicate-item", entry.value().code().value());
            }
            problems.addAll(ItemRules.check(entry.value().details(), entry.locate(), this::departmentExists));
        }
    }

    private void checkBundles() {
        Set<String> codes = new HashSet<>();
        for (Sourced<Bundle> entry : draft.bundles()) {
            Bundle b = entry.value();
            if (!ItemCode.FORMAT.matcher(b.code()).matches()) {
                problem(entry, "code", "bundle-code-format", b.code());
            } else if (!codes.add(b.code())) {
                problem(entry, "code", "duplicate-bundle", b.code());
            }
            required(entry, "name", b.name());
            if (!departmentExists(b.leadDepartment())) {
                problem(entry, "leadDepartment", "unknown-department", b.leadDepartment());
            }
            if (b.lifeEvents().isEmpty()) {
                problem(entry, "lifeEvents", "life-event-missing");
            }
            checkStages(entry);
            problems.addAll(ApplicantRole.check(b.applicantRoles(), entry.locate()));
        }
    }

    private void checkStages(Sourced<Bundle> entry) {
        List<Stage> stages = entry.value().stages();
        Set<String> keys = new HashSet<>();
        stages.forEach(s -> keys.add(s.key()));
        if (keys.size() < stages.size()) {
            problem(entry, "stages", "duplicate-stage");
        }
        boolean referencesKnown = true;
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            required(entry, "stages[" + i + "].name", s.name());
            if (s.items().isEmpty()) {
                problem(entry, "stages[" + i + "].items", "stage-empty", s.key());
            }
            for (String item : s.items()) {
                checkBundleItem(entry, "stages[" + i + "].items", item);
            }
            for (String before : s.after()) {
                if (!keys.contains(before)) {
                    problem(entry, "stages[" + i + "].after", "unknown-stage", before);
                    referencesKnown = false;
                }
            }
        }
        if (referencesKnown && BundlePlan.topologicalOrder(stages).isEmpty()) {
            problem(entry, "stages", "stage-cycle");
        }
        if (entry.value().items().size() < 2) {
            problem(entry, "stages", "bundle-too-small");
        }
    }

    private void checkBundleItem(Sourced<Bundle> entry, String field, String item) {
        boolean inDraft = draft.declaredItems().contains(item);
        Boolean retired = known.itemsRetired().get(item);
        if (!inDraft && retired == null) {
            problem(entry, field, "unknown-item", item);
        } else if (!inDraft && retired) {
            problem(entry, field, "retired-item", item);
        }
    }

    private boolean departmentExists(String code) {
        return draft.declaredDepartments().contains(code) || known.departments().containsKey(code);
    }

    private void required(Sourced<?> entry, String field, String value) {
        if (value.isBlank()) {
            problem(entry, field, "required");
        }
    }

    private void problem(Sourced<?> entry, String field, String code, Object... args) {
        problems.add(ImportProblem.at(entry.locate().apply(field), code, args));
    }
}
