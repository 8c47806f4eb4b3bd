package org.onevisit.intake.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;

/**
 * The one set of materials of an item or a bundle as the clerk ticks it, and what acceptance still lacks.
 *
 * @param rows the materials with the status chosen for each
 * @param missing those acceptance needs that are not in hand
 */
record WorkbenchChecklist(String subject, String subjectName, boolean bundle, List<CaseMaterial> rows,
        List<CaseMaterial> missing) {

    WorkbenchChecklist {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /** Whether a code names a bundle (一件事) rather than an item. */
    static boolean isBundle(Catalog catalog, String code) {
        return catalog.bundles().stream().anyMatch(b -> b.code().equals(code));
    }

    static String nameOf(Catalog catalog, String code, boolean bundle, Locale locale) {
        if (bundle) {
            Bundle b = catalog.bundle(code);
            return b.name(locale);
        }
        var details = catalog.item(code).details();
        return "en".equals(locale.getLanguage()) && !details.nameEn().isBlank() ? details.nameEn() : details.name();
    }

    /**
     * The checklist of a subject with the statuses chosen so far.
     *
     * @throws org.onevisit.platform.DomainException when the catalog has no such item or bundle, or it is retired
     */
    static WorkbenchChecklist of(Intake intake, Catalog catalog, String subject, Map<String, MaterialStatus> statuses,
            MaterialStatus otherwise, Locale locale) {
        boolean bundle = isBundle(catalog, subject);
        Function<CaseMaterial, CaseMaterial> chosen = m -> m.with(statuses.getOrDefault(m.key(), otherwise), "");
        List<CaseMaterial> rows = intake.materialsOf(subject, bundle).stream().map(chosen).toList();
        List<CaseMaterial> missing = rows.stream().filter(CaseMaterial::neededForAcceptance)
                .filter(m -> !m.status().inHand()).toList();
        return new WorkbenchChecklist(subject, nameOf(catalog, subject, bundle, locale), bundle, rows, missing);
    }
}
