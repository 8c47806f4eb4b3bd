package org.onevisit.catalog.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.CatalogDraft;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.catalog.Stage;
import org.onevisit.catalog.TimeLimit;

class YamlCatalogTests {

    @Test
    void a_catalog_written_as_yaml_reads_back_unchanged() {
        ItemDetails eia = CatalogFixtures.withLimits(CatalogFixtures.anItem("建设项目环境影响报告书审批", "STHJ"),
                new TimeLimit(60, DayUnit.CALENDAR), new TimeLimit(15, DayUnit.WORKING));
        ItemDetails withFees = new ItemDetails(eia.name(), "EIA report approval", eia.type(), "STHJ", List.of("SLJ"),
                eia.servedParty(), Set.of(LifeEvent.CONSTRUCTION, LifeEvent.BUSINESS_OPERATION), eia.legalLimit(),
                eia.promisedLimit(), false, 1, "现场勘查", eia.onlineDepth(), false,
                List.of(new Fee("工本费", "每本 10 元", "《收费标准》", true)), "《中华人民共和国环境影响评价法》第二十二条", "材料齐全",
                List.of(new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, 20, "技术评估"),
                        new SpecialProcedure(SpecialProcedureKind.PUBLIC_NOTICE, null, "")),
                DeemedConsent.ALLOWED, eia.resultType(), "批复", eia.materials(),
                List.of(new org.onevisit.catalog.ApplicantRole("operator", "排污单位", "Operator", 1)));
        CatalogDocument doc = new CatalogDocument(
                List.of(CatalogFixtures.aDepartment("STHJ", CatalogFixtures.CREDIT_CODE_A, "B05"),
                        CatalogFixtures.aDepartment("SLJ", CatalogFixtures.CREDIT_CODE_B, "B06")),
                List.of(new ItemDefinition(new ItemCode("XK-STHJ-001"), withFees),
                        new ItemDefinition(new ItemCode("XK-SLJ-001"), CatalogFixtures.anItem("取水许可", "SLJ"))),
                List.of(new Bundle("YJS-RHPWK", "入河排污口设置一件事", "Sewage outlet", "联合会审、联合勘查",
                        Set.of(LifeEvent.CONSTRUCTION), "STHJ", List.of(
                                new Stage("S1", "联合审查", List.of("XK-STHJ-001", "XK-SLJ-001"), List.of(), JointMode.BOTH)),
                        List.of(new org.onevisit.catalog.ApplicantRole("buyer", "买方", "Buyer", 1),
                                new org.onevisit.catalog.ApplicantRole("seller", "卖方", "", 2)))));

        StringWriter out = new StringWriter();
        YamlCatalogWriter.write(doc, out);
        CatalogDraft back = YamlCatalogReader.read(new StringReader(out.toString()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.document()).isEqualTo(doc);
    }

    @Test
    void every_mistake_of_a_yaml_file_is_named_with_its_path_and_line() {
        String yaml = """
                format: onevisit-catalog/1
                items:
                  - code: XK-SCJG-001
                    name: 企业设立登记
                    type: LICENSE
                    department: SCJG
                    servedParty: LEGAL_PERSON
                    lifeEvents: [BUSINESS_START]
                    legalLimit: { days: three, unit: WORKING }
                    promisedLimit: { days: 1, unit: WORKING }
                    materials:
                      - name: 申请书
                        necessity: REQUIRED
                        form: PAPER
                        copyKind: ORIGINAL
                        source: APPLICANT
                    resultType: LICENCE
                    colour: red
                """;

        CatalogDraft draft = YamlCatalogReader.read(new StringReader(yaml));

        assertThat(draft.problems()).extracting(p -> p.where().path(), p -> p.where().line(), ImportProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("$.items[0].type", 5, "unknown-value"),
                        tuple("$.items[0].legalLimit.days", 9, "not-a-number"),
                        tuple("$.items[0]", 18, "unknown-field"));
        assertThat(draft.declaredItems()).contains("XK-SCJG-001");
    }

    @Test
    void a_file_that_is_not_yaml_at_all_gives_one_syntax_problem() {
        CatalogDraft draft = YamlCatalogReader.read(new StringReader("items: [unclosed\n  - {"));

        assertThat(draft.problems()).extracting(ImportProblem::code).containsExactly("yaml-syntax");
        assertThat(draft.items()).isEmpty();
    }
}
