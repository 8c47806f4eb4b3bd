package org.onevisit.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Necessity;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.springframework.stereotype.Component;

/**
 * The one set of materials (一套材料) of an item or a bundle: a material several items need is asked once,
 * with the strictest necessity among them, and keyed {@code M1, M2 …} in catalog order so that a client can
 * refer to it before and after the case exists.
 */
@Component
public class MaterialSets {

    private final Catalog catalog;

    MaterialSets(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The items of the subject at their current versions; a retired item takes no new case. */
    List<ItemVersion> items(String subject, boolean bundle) {
        List<ItemVersion> items;
        if (bundle) {
            Bundle b = catalog.bundle(subject);
            items = b.items().stream().map(catalog::item).toList();
        } else {
            items = List.of(catalog.item(subject));
        }
        items.stream().filter(ItemVersion::retired).findFirst().ifPresent(v -> {
            throw new DomainException(Kind.RULE_VIOLATED, "intake-item-retired",
                    "Item " + v.code() + " is retired and takes no new cases", v.code().value());
        });
        return items;
    }

    /** The merged materials of these items, all missing until told otherwise. */
    public List<CaseMaterial> materials(List<ItemVersion> items) {
        Map<String, List<Object[]>> byName = new LinkedHashMap<>();
        for (ItemVersion item : items) {
            for (Material m : item.details().materials()) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Object[] {item.code().value(), m});
            }
        }
        List<CaseMaterial> merged = new ArrayList<>();
        int n = 1;
        for (var entry : byName.entrySet()) {
            List<String> neededBy = entry.getValue().stream().map(e -> (String) e[0]).distinct().toList();
            Necessity strictest = entry.getValue().stream().map(e -> ((Material) e[1]).necessity())
                    .min(MaterialSets::strictness).orElse(Necessity.REQUIRED);
            String certificateType = entry.getValue().stream().map(e -> (Material) e[1])
                    .filter(m -> m.source() == MaterialSource.GOVERNMENT_ISSUED).map(Material::certificateType)
                    .filter(t -> !t.isBlank()).findFirst().orElse("");
            String nameEn = entry.getValue().stream().map(e -> ((Material) e[1]).nameEn()).filter(t -> !t.isBlank())
                    .findFirst().orElse("");
            merged.add(new CaseMaterial("M" + n++, entry.getKey(), strictest, neededBy, MaterialStatus.MISSING, List.of(), "",
                    certificateType, nameEn));
        }
        return merged;
    }

    /**
     * The roles of the applicants a case of the subject needs: the bundle's own, else those its items declare, each
     * once at the most any item needs; none for one applicant.
     */
    List<ApplicantRole> applicantRoles(String subject, boolean bundle, List<ItemVersion> items) {
        if (bundle && !catalog.bundle(subject).applicantRoles().isEmpty()) {
            return catalog.bundle(subject).applicantRoles();
        }
        Map<String, ApplicantRole> byKey = new LinkedHashMap<>();
        items.stream().flatMap(v -> v.details().applicantRoles().stream()).forEach(r -> byKey.merge(r.key(), r,
                (a, b) -> a.atLeast() >= b.atLeast() ? a : b));
        return List.copyOf(byKey.values());
    }

    /** The roles of the applicants a case of the subject needs, for a form or a client to ask for. */
    public List<ApplicantRole> applicantRoles(String subject, boolean bundle) {
        return applicantRoles(subject, bundle, items(subject, bundle));
    }

    String bundleName(String code) {
        return catalog.bundle(code).name();
    }

    /** The one set of materials of an item or bundle, for a client to show before applying. */
    public List<CaseMaterial> preview(String subject, boolean bundle) {
        return materials(items(subject, bundle));
    }

    private static int strictness(Necessity a, Necessity b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(Necessity n) {
        return switch (n) {
            case REQUIRED -> 0;
            case DEFERRABLE -> 1;
            case OPTIONAL -> 2;
        };
    }
}
