package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.onevisit.catalog.ImportProblem.Where;

/** The rules of one item's details, checked on import and on every edit. */
final class ItemRules {

    private ItemRules() {
    }

    static List<ImportProblem> check(ItemDetails d, Function<String, Where> at, Predicate<String> departmentExists) {
        List<ImportProblem> problems = new ArrayList<>();
        if (d.name().isBlank()) {
            problems.add(ImportProblem.at(at.apply("name"), "required"));
        }
        if (!departmentExists.test(d.department())) {
            problems.add(ImportProblem.at(at.apply("department"), "unknown-department", d.department()));
        }
        d.jointDepartments().stream().filter(j -> !departmentExists.test(j)).forEach(j ->
                problems.add(ImportProblem.at(at.apply("jointDepartments"), "unknown-department", j)));
        if (!d.promisedLimit().notLongerThan(d.legalLimit())) {
            problems.add(ImportProblem.at(at.apply("promisedLimit"), "promised-longer-than-legal",
                    d.promisedLimit().days(), d.legalLimit().days()));
        }
        if (d.requiredVisits() < 0 || d.requiredVisits() > 9) {
            problems.add(ImportProblem.at(at.apply("requiredVisits"), "visits-range", d.requiredVisits()));
        } else if (d.requiredVisits() > 0 && d.visitsReason().isBlank()) {
            problems.add(ImportProblem.at(at.apply("visitsReason"), "visits-reason-missing", d.requiredVisits()));
        }
        if (d.lifeEvents().isEmpty()) {
            problems.add(ImportProblem.at(at.apply("lifeEvents"), "life-event-missing"));
        }
        if (d.materials().isEmpty()) {
            problems.add(ImportProblem.at(at.apply("materials"), "materials-missing"));
        }
        for (int i = 0; i < d.materials().size(); i++) {
            checkMaterial(d.materials().get(i), "materials[" + i + "].", at, problems);
        }
        for (int i = 0; i < d.fees().size(); i++) {
            if (d.fees().get(i).name().isBlank()) {
                problems.add(ImportProblem.at(at.apply("fees[" + i + "].name"), "required"));
            }
        }
        return problems;
    }

    private static void checkMaterial(Material m, String prefix, Function<String, Where> at, List<ImportProblem> problems) {
        if (m.name().isBlank()) {
            problems.add(ImportProblem.at(at.apply(prefix + "name"), "required"));
        }
        if (m.source() == MaterialSource.GOVERNMENT_ISSUED && m.certificateType().isBlank()) {
            problems.add(ImportProblem.at(at.apply(prefix + "certificateType"), "certificate-type-missing", m.name()));
        }
        if (m.originals() < 0 || m.copies() < 0 || m.originals() > 99 || m.copies() > 99) {
            problems.add(ImportProblem.at(at.apply(prefix + "originals"), "material-count-range", m.name()));
        }
    }
}
