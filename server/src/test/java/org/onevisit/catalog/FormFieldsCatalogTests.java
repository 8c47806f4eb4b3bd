package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.onevisit.catalog.CatalogFixtures.CREDIT_CODE_A;
import static org.onevisit.catalog.CatalogFixtures.aDepartment;
import static org.onevisit.catalog.CatalogFixtures.aMaterial;
import static org.onevisit.catalog.CatalogFixtures.aTextField;
import static org.onevisit.catalog.CatalogFixtures.anItem;
import static org.onevisit.catalog.CatalogFixtures.withForm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.transfer.ExcelCatalogReader;
import org.onevisit.catalog.transfer.ExcelCatalogWriter;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.catalog.transfer.YamlCatalogWriter;

/** The fields of an item's application form and the English names of its materials, through every format. */
class FormFieldsCatalogTests {

    private static final FormField NAME = new FormField("companyName", "企业名称", "Company name", FieldType.TEXT, true,
            new FieldLimits(100, null, null), List.of(), "与名称自主申报结果一致", "As reserved");
    private static final FormField CAPITAL = new FormField("registeredCapital", "注册资本（万元）", "Registered capital",
            FieldType.NUMBER, false, new FieldLimits(null, 0L, 100_000_000L), List.of(), "", "");
    private static final FormField KIND = new FormField("companyType", "企业类型", "Type of company", FieldType.CHOICE,
            true, FieldLimits.NONE, List.of(new FieldOption("有限责任公司", "Limited liability company"),
                    new FieldOption("合伙企业", "")), "", "");
    private static final FormField FOUNDED = new FormField("foundedOn", "成立日期", "", FieldType.DATE, false,
            FieldLimits.NONE, List.of(), "", "");
    private static final FormField ONLINE = new FormField("onlineSales", "是否网络经营", "Sells online", FieldType.YES_NO,
            false, FieldLimits.NONE, List.of(), "", "");
    private static final FormField SCOPE = new FormField("businessScope", "经营范围", "Business scope",
            FieldType.LONG_TEXT, false, new FieldLimits(2000, null, null), List.of(), "", "");

    private static CatalogDocument document() {
        ItemDetails item = withForm(anItem("企业设立登记", "SCJG"),
                List.of(new Material("公司章程", Necessity.REQUIRED, MaterialForm.PAPER, CopyKind.ORIGINAL, 1, 0,
                        MaterialSource.APPLICANT, "", "", "Articles of association"), aMaterial("申请书", Necessity.REQUIRED)),
                List.of(NAME, CAPITAL, KIND, FOUNDED, ONLINE, SCOPE));
        return new CatalogDocument(List.of(aDepartment("SCJG", CREDIT_CODE_A, "B01")),
                List.of(new ItemDefinition(new ItemCode("XK-SCJG-001"), item)), List.of());
    }

    @Test
    void form_fields_and_english_material_names_read_back_unchanged_from_yaml() {
        StringWriter out = new StringWriter();
        YamlCatalogWriter.write(document(), out);
        CatalogDraft back = YamlCatalogReader.read(new StringReader(out.toString()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.document()).isEqualTo(document());
        assertThat(out.toString()).contains("nameEn: Articles of association", "formFields:", "key: companyName");
    }

    @Test
    void form_fields_and_english_material_names_read_back_unchanged_from_a_workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCatalogWriter.write(document(), out);
        CatalogDraft back = ExcelCatalogReader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.document()).isEqualTo(document());
    }

    @Test
    void a_workbook_written_before_form_fields_reads_with_none() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCatalogWriter.write(document(), out);
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            workbook.removeSheetAt(workbook.getSheetIndex("申请表字段"));
            workbook.write(older);
        }

        CatalogDraft back = ExcelCatalogReader.read(new ByteArrayInputStream(older.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.document().items().get(0).details().formFields()).isEmpty();
    }

    @Test
    void a_duplicate_key_a_list_without_options_and_a_bad_type_are_named_where_they_are() {
        String yaml = """
                format: onevisit-catalog/1
                departments:
                  - {code: SCJG, name: 市场监管局, creditCode: '91350100M000100Y43'}
                items:
                  - code: XK-SCJG-001
                    name: 企业设立登记
                    type: ADMINISTRATIVE_LICENCE
                    department: SCJG
                    lifeEvents: [BUSINESS_START]
                    legalLimit: {days: 3}
                    promisedLimit: {days: 1}
                    materials:
                      - {name: 申请书}
                    formFields:
                      - {key: companyName, label: 企业名称, type: TEXT}
                      - {key: companyName, label: 名称, type: TEXT}
                      - {key: companyType, label: 企业类型, type: CHOICE}
                      - {key: phone, label: 电话, type: PHONE}
                      - {key: Bad-Key, label: 坏键, type: NUMBER, min: 10, max: 1}
                """;

        List<ImportProblem> problems = CatalogRules.check(YamlCatalogReader.read(new StringReader(yaml)),
                new CatalogRules.Known(Map.of(), Map.of()));

        // (the short entries also leave choices such as the materials' necessity out, which are reported apart)
        assertThat(problems).filteredOn(p -> p.where().path().contains("formFields"))
                .extracting(p -> p.where().path(), ImportProblem::code).containsExactlyInAnyOrder(
                tuple("$.items[0].formFields[3].type", "unknown-value"),
                tuple("$.items[0].formFields[1].key", "duplicate-form-field"),
                tuple("$.items[0].formFields[2].options", "form-field-options-missing"),
                tuple("$.items[0].formFields[4].key", "form-field-key-format"),
                tuple("$.items[0].formFields[4].min", "form-field-limit-invalid"));
    }

    @Test
    void the_demo_catalog_gives_its_items_well_formed_fields_and_english_material_names() throws Exception {
        CatalogDraft demo;
        try (var in = new java.io.InputStreamReader(new org.springframework.core.io.ClassPathResource(
                DefaultCatalog.LOCATION).getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            demo = YamlCatalogReader.read(in);
        }

        assertThat(CatalogRules.check(demo, new CatalogRules.Known(Map.of(), Map.of()))).isEmpty();
        ItemDetails company = demo.document().items().stream().filter(i -> i.code().value().equals("XK-SCJG-001"))
                .findFirst().orElseThrow().details();
        assertThat(company.formFields()).extracting(FormField::label)
                .containsExactly("企业名称", "企业类型", "注册资本（万元）", "经营范围", "住所");
        assertThat(company.materials().get(0).name(java.util.Locale.ENGLISH))
                .isEqualTo("Company registration (filing) application");
    }

    @Test
    void a_bundle_asks_a_key_two_items_declare_once_required_if_either_requires_it() {
        FormField optionalLocation = new FormField("propertyLocation", "不动产坐落", "", FieldType.TEXT, false,
                FieldLimits.NONE, List.of(), "", "");
        FormField requiredLocation = new FormField("propertyLocation", "房屋坐落", "", FieldType.TEXT, true,
                FieldLimits.NONE, List.of(), "", "");
        ItemDetails contract = withForm(anItem("网签备案", "ZJJ"), anItem("x", "ZJJ").materials(),
                List.of(optionalLocation, aTextField("contractNumber", "合同编号")));
        ItemDetails transfer = withForm(anItem("转移登记", "BDC"), anItem("x", "BDC").materials(),
                List.of(requiredLocation, CAPITAL));

        List<FormField> union = FormField.union(List.of(contract, transfer));

        assertThat(union).extracting(FormField::key, FormField::label, FormField::required).containsExactly(
                tuple("propertyLocation", "不动产坐落", true), tuple("contractNumber", "合同编号", false),
                tuple("registeredCapital", "注册资本（万元）", false));
        assertThat(Set.copyOf(FormField.union(List.of(transfer, contract)).stream().map(FormField::label).toList()))
                .contains("房屋坐落");
    }
}
