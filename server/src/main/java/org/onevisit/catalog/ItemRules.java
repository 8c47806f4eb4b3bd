package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.platform.Limits;

/** The rules of one item's details, checked on import and on every edit. */
final class ItemRules {

    /** The longest list of joint departments, written comma-separated into one column. */
    private static final int JOINED = 400;
    /** The longest note on a material. */
    private static final int MATERIAL_NOTE = 2000;

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
        problems.addAll(ApplicantRole.check(d.applicantRoles(), at));
        problems.addAll(FormField.check(d.formFields(), at));
        for (int i = 0; i < d.materials().size(); i++) {
            checkMaterial(d.materials().get(i), "materials[" + i + "].", at, problems);
        }
        for (int i = 0; i < d.fees().size(); i++) {
            Fee fee = d.fees().get(i);
            if (fee.name().isBlank()) {
                problems.add(ImportProblem.at(at.apply("fees[" + i + "].name"), "required"));
            }
            String prefix = "fees[" + i + "].";
            length(fee.name(), Limits.LINE, prefix + "name", at, problems);
            length(fee.standard(), Limits.REMARK, prefix + "standard", at, problems);
            length(fee.basis(), Limits.REMARK, prefix + "basis", at, problems);
        }
        checkLengths(d, at, problems);
        return problems;
    }

    /** Every text at most as long as the catalog's columns keep it. */
    private static void checkLengths(ItemDetails d, Function<String, Where> at, List<ImportProblem> problems) {
        length(d.name(), Limits.LINE, "name", at, problems);
        length(d.nameEn(), Limits.LINE, "nameEn", at, problems);
        length(String.join(",", d.jointDepartments()), JOINED, "jointDepartments", at, problems);
        length(d.visitsReason(), Limits.REMARK, "visitsReason", at, problems);
        length(d.legalBasis(), Limits.TEXT, "legalBasis", at, problems);
        length(d.acceptanceConditions(), Limits.TEXT, "acceptanceConditions", at, problems);
        length(d.resultName(), Limits.LINE, "resultName", at, problems);
        for (int i = 0; i < d.specialProcedures().size(); i++) {
            length(d.specialProcedures().get(i).note(), Limits.REMARK, "specialProcedures[" + i + "].note", at, problems);
        }
    }

    private static void length(String text, int max, String field, Function<String, Where> at,
            List<ImportProblem> problems) {
        if (text.length() > max) {
            problems.add(ImportProblem.at(at.apply(field), "too-long", max));
        }
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
        length(m.name(), Limits.LINE, prefix + "name", at, problems);
        length(m.nameEn(), Limits.LINE, prefix + "nameEn", at, problems);
        length(m.certificateType(), Limits.NAME, prefix + "certificateType", at, problems);
        length(m.note(), MATERIAL_NOTE, prefix + "note", at, problems);
    }
}
