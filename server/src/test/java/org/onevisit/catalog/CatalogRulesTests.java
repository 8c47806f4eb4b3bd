package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.CatalogFixtures.CREDIT_CODE_A;
import static org.onevisit.catalog.CatalogFixtures.CREDIT_CODE_B;
import static org.onevisit.catalog.CatalogFixtures.aDepartment;
import static org.onevisit.catalog.CatalogFixtures.aStage;
import static org.onevisit.catalog.CatalogFixtures.anItem;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogDraft.Sourced;
import org.onevisit.catalog.ImportProblem.Where;

class CatalogRulesTests {

    private static <T> Sourced<T> at(String path, T value) {
        return new Sourced<>(value, field -> Where.path(path + "." + field, 0));
    }

    private static CatalogDraft draft(List<Department> departments, List<ItemDefinition> items, List<Bundle> bundles) {
        return new CatalogDraft(
                departments.stream().map(d -> at("departments[" + departments.indexOf(d) + "]", d)).toList(),
                items.stream().map(i -> at("items[" + items.indexOf(i) + "]", i)).toList(),
                bundles.stream().map(b -> at("bundles[" + bundles.indexOf(b) + "]", b)).toList(), List.of(),
                Set.copyOf(departments.stream().map(Department::code).toList()),
                Set.copyOf(items.stream().map(i -> i.code().value()).toList()));
    }

    private static final CatalogRules.Known NOTHING = new CatalogRules.Known(Map.of(), Map.of());

    @Test
    void a_consistent_catalog_has_no_problems() {
        CatalogDraft draft = draft(List.of(aDepartment("SCJG", CREDIT_CODE_A, "B01"), aDepartment("SWJ", CREDIT_CODE_B, "B02")),
                List.of(new ItemDefinition(new ItemCode("XK-SCJG-001"), anItem("企业设立登记", "SCJG")),
                        new ItemDefinition(new ItemCode("QT-SWJ-001"), anItem("新办纳税人", "SWJ"))),
                List.of(new Bundle("YJS-KBQY", "开办企业", "", "", Set.of(LifeEvent.BUSINESS_START), "SCJG",
                        List.of(aStage("S1", List.of("XK-SCJG-001")), aStage("S2", List.of("QT-SWJ-001"), "S1")))));

        assertThat(CatalogRules.check(draft, NOTHING)).isEmpty();
    }

    @Test
    void every_problem_is_reported_with_where_it_is_not_just_the_first() {
        ItemDetails tooSlow = CatalogFixtures.withLimits(anItem("承诺超过法定", "SCJG"), TimeLimit.workingDays(5),
                TimeLimit.workingDays(10));
        CatalogDraft draft = draft(
                List.of(aDepartment("SCJG", CREDIT_CODE_A, "B01"), aDepartment("SWJ", "91350100M000100Y44", "B01")),
                List.of(new ItemDefinition(new ItemCode("XK-SCJG-001"), tooSlow),
                        new ItemDefinition(new ItemCode("XK-SCJG-002"), anItem("无此部门", "NOPE"))),
                List.of(new Bundle("YJS-BAD", "坏的一件事", "", "", Set.of(LifeEvent.HOUSING), "SCJG",
                        List.of(aStage("S1", List.of("XK-SCJG-001"), "S2"), aStage("S2", List.of("XK-404"), "S1")))));

        List<ImportProblem> problems = CatalogRules.check(draft, NOTHING);

        assertThat(problems).extracting(p -> p.where().path(), ImportProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple("departments[1].creditCode", "credit-code-check"),
                org.assertj.core.groups.Tuple.tuple("departments[1].counters[0].number", "duplicate-counter"),
                org.assertj.core.groups.Tuple.tuple("items[0].promisedLimit", "promised-longer-than-legal"),
                org.assertj.core.groups.Tuple.tuple("items[1].department", "unknown-department"),
                org.assertj.core.groups.Tuple.tuple("bundles[0].stages[1].items", "unknown-item"),
                org.assertj.core.groups.Tuple.tuple("bundles[0].stages", "stage-cycle"));
    }

    @Test
    void a_bundle_may_not_use_a_retired_item_already_in_the_catalog() {
        CatalogDraft draft = draft(List.of(), List.of(), List.of(new Bundle("YJS-OLD", "旧", "", "", Set.of(LifeEvent.HOUSING),
                "BDC", List.of(aStage("S1", List.of("QR-BDC-001", "QR-BDC-002"))))));
        CatalogRules.Known known = new CatalogRules.Known(Map.of("BDC", aDepartment("BDC", CREDIT_CODE_B, "B09")),
                Map.of("QR-BDC-001", true, "QR-BDC-002", false));

        assertThat(CatalogRules.check(draft, known)).extracting(ImportProblem::code).containsExactly("retired-item");
    }

    @Test
    void a_material_issued_by_a_department_names_the_certificate_that_satisfies_it() {
        ItemDetails item = anItem("需要证照", "SCJG");
        Material licence = new Material("营业执照", Necessity.REQUIRED, MaterialForm.ELECTRONIC, CopyKind.COPY, 0, 1,
                MaterialSource.GOVERNMENT_ISSUED, "", "");
        ItemDetails withLicence = new ItemDetails(item.name(), "", item.type(), "SCJG", List.of(), item.servedParty(),
                item.lifeEvents(), item.legalLimit(), item.promisedLimit(), true, 1, "", item.onlineDepth(), false, List.of(),
                "", "", List.of(), DeemedConsent.REGIONAL_DEFAULT, item.resultType(), "", List.of(licence));

        assertThat(ItemRules.check(withLicence, f -> Where.path(f, 0), "SCJG"::equals))
                .extracting(p -> p.where().path(), ImportProblem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("visitsReason", "visits-reason-missing"),
                        org.assertj.core.groups.Tuple.tuple("materials[0].certificateType", "certificate-type-missing"));
    }
}
