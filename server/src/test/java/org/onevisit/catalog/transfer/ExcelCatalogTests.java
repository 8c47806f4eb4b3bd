package org.onevisit.catalog.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.CatalogDraft;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.Counter;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.DepartmentKind;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialForm;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.OnlineDepth;
import org.onevisit.catalog.ResultType;
import org.onevisit.catalog.Sector;
import org.onevisit.catalog.ServedParty;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.catalog.Stage;
import org.onevisit.catalog.TimeLimit;

class ExcelCatalogTests {

    private static final Material FORM = new Material("申请书", Necessity.REQUIRED, MaterialForm.PAPER_AND_ELECTRONIC,
            CopyKind.ORIGINAL, 1, 0, MaterialSource.APPLICANT, "", "");
    private static final Material ID_CARD = new Material("法定代表人身份证件", Necessity.DEFERRABLE, MaterialForm.PAPER,
            CopyKind.ORIGINAL_AND_COPY, 1, 2, MaterialSource.GOVERNMENT_ISSUED, "居民身份证", "核验原件，留存复印件");

    private static CatalogDocument sample() {
        Department market = new Department("SCJG", "示例市市场监督管理局", "Market Regulation Bureau",
                DepartmentKind.DEPARTMENT, Sector.MARKET_REGULATION, "91350100M000100Y43", "0570-1234567",
                List.of(new Counter("A01", "企业开办综合窗口"), new Counter("A02", "食品经营窗口")));
        Department bank = new Department("YH-01", "示例银行", "", DepartmentKind.PARTNER, Sector.BANK,
                "11100000000013127D", "", List.of(new Counter("C01", "银行开户窗口")));
        ItemDetails establishment = new ItemDetails("企业设立登记", "Enterprise establishment registration",
                ItemType.ADMINISTRATIVE_LICENCE, "SCJG", List.of(), ServedParty.LEGAL_PERSON,
                Set.of(LifeEvent.BUSINESS_START), TimeLimit.workingDays(3), TimeLimit.workingDays(0), true, 0, "",
                Set.of(OnlineDepth.CONSULT, OnlineDepth.SUBMIT, OnlineDepth.E_CERTIFICATE), true, List.of(),
                "《中华人民共和国市场主体登记管理条例》第十九条", "申请人材料齐全、符合法定形式", List.of(), DeemedConsent.REGIONAL_DEFAULT, ResultType.LICENCE,
                "营业执照", List.of(FORM, ID_CARD));
        ItemDetails food = new ItemDetails("食品经营许可", "", ItemType.ADMINISTRATIVE_LICENCE, "SCJG", List.of("YH-01"),
                ServedParty.BOTH, Set.of(LifeEvent.BUSINESS_START, LifeEvent.BUSINESS_OPERATION),
                new TimeLimit(20, DayUnit.CALENDAR), new TimeLimit(10, DayUnit.WORKING), false, 1, "现场核查经营场所",
                Set.of(OnlineDepth.values()), false,
                List.of(new Fee("工本费", "每本 10 元", "《收费标准》", true), new Fee("检测费", "", "", false)),
                "《中华人民共和国食品安全法》第三十五条", "",
                List.of(new SpecialProcedure(SpecialProcedureKind.SITE_INSPECTION, 10, "核查经营场所：面积、布局"),
                        new SpecialProcedure(SpecialProcedureKind.PUBLIC_NOTICE, null, "")),
                DeemedConsent.NOT_ALLOWED, ResultType.LICENCE, "食品经营许可证", List.of(ID_CARD, FORM));
        ItemDetails account = new ItemDetails("企业银行开户", "Bank account opening", ItemType.SOCIAL_SERVICE, "YH-01",
                List.of(), ServedParty.LEGAL_PERSON, Set.of(LifeEvent.BUSINESS_START), TimeLimit.workingDays(1),
                TimeLimit.workingDays(1), false, 0, "", Set.of(), false, List.of(), "", "",
                List.of(new SpecialProcedure(SpecialProcedureKind.TESTING, 3, "")), DeemedConsent.ALLOWED, ResultType.OTHER, "", List.of(FORM));
        Bundle start = new Bundle("YJS-QYKB", "企业开办一件事", "Starting a business", "一次申请，完成登记和开户。",
                Set.of(LifeEvent.BUSINESS_START), "SCJG", List.of(
                        new Stage("S1", "设立登记", List.of("XK-SCJG-001"), List.of(), JointMode.NONE),
                        new Stage("S2", "许可与开户", List.of("XK-SCJG-002", "QT-YH-001"), List.of("S1"),
                                JointMode.JOINT_INSPECTION)));
        return new CatalogDocument(List.of(market, bank),
                List.of(new ItemDefinition(new ItemCode("XK-SCJG-001"), establishment),
                        new ItemDefinition(new ItemCode("XK-SCJG-002"), food),
                        new ItemDefinition(new ItemCode("QT-YH-001"), account)),
                List.of(start));
    }

    @Test
    void a_catalog_written_as_a_workbook_reads_back_unchanged() {
        CatalogDocument doc = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExcelCatalogWriter.write(doc, out);
        CatalogDraft back = ExcelCatalogReader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.document()).isEqualTo(doc);
    }

    @Test
    void the_written_workbook_uses_chinese_labels_and_a_frozen_bold_header() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCatalogWriter.write(sample(), out);

        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("部门");
            Sheet items = wb.getSheet("事项");
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getFontAt(items.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row food = items.getRow(2);
            assertThat(food.getCell(3).getStringCellValue()).isEqualTo("行政许可");
            assertThat(food.getCell(5).getStringCellValue()).isEqualTo("YH-01");
            assertThat(food.getCell(7).getStringCellValue()).isEqualTo("准入准营、经营发展");
            assertThat(food.getCell(8).getNumericCellValue()).isEqualTo(20.0);
            assertThat(food.getCell(9).getStringCellValue()).isEqualTo("自然日");
            assertThat(food.getCell(12).getStringCellValue()).isEqualTo("否");
            assertThat(food.getCell(19).getStringCellValue()).isEqualTo("现场勘查:10:核查经营场所：面积、布局;公示::");
            assertThat(items.getColumnWidth(17)).isGreaterThan(items.getColumnWidth(12));
        }
    }

    @Test
    void cells_typed_by_hand_with_numbers_english_names_and_other_separators_are_understood() throws IOException {
        byte[] bytes = workbook(wb -> {
            rows(wb, "部门", ExcelLayout.DEPARTMENT_COLUMNS,
                    List.of("SCJG", "市场监管局", "", "DEPARTMENT", "Market regulation", "91350100M000100Y43", ""));
            rows(wb, "窗口", ExcelLayout.COUNTER_COLUMNS, List.of(101, "综合窗口", "SCJG"));
            // a workbook made before the 超时默认 column existed: its items follow the region's default
            rows(wb, "事项", ExcelLayout.ITEM_COLUMNS.subList(0, ExcelLayout.ITEM_COLUMNS.indexOf("超时默认")),
                    List.of("XK-SCJG-001", "企业设立登记", "", "Administrative licence", "SCJG", "", "LEGAL_PERSON",
                            "BUSINESS_START，TAX", 3.0, "working days", "0", "工作日", "yes", 0, "", "CONSULT, 互联网收件", "TRUE",
                            "", "", "专家评审：5：技术评估；听证", "LICENCE", "营业执照"));
            rows(wb, "材料", ExcelLayout.MATERIAL_COLUMNS,
                    List.of("XK-SCJG-001", 2, "身份证", "必要", "纸质", "复印件", 0, 1, "申请人自备", "", ""),
                    List.of("XK-SCJG-001", 1, "申请书", "必要", "纸质", "原件", 1, 0, "申请人自备", "", ""));
            rows(wb, "收费", ExcelLayout.FEE_COLUMNS);
            rows(wb, "一件事", ExcelLayout.BUNDLE_COLUMNS);
            rows(wb, "阶段", ExcelLayout.STAGE_COLUMNS);
        });

        CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(bytes));

        assertThat(draft.problems()).isEmpty();
        Department d = draft.document().departments().get(0);
        assertThat(d.counters()).containsExactly(new Counter("101", "综合窗口"));
        ItemDetails item = draft.document().items().get(0).details();
        assertThat(item.lifeEvents()).containsExactlyInAnyOrder(LifeEvent.BUSINESS_START, LifeEvent.TAX);
        assertThat(item.legalLimit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(item.promisedLimit()).isEqualTo(TimeLimit.workingDays(0));
        assertThat(item.limitsIllustrative()).isTrue();
        assertThat(item.expressAllowed()).isTrue();
        assertThat(item.onlineDepth()).containsExactlyInAnyOrder(OnlineDepth.CONSULT, OnlineDepth.SUBMIT);
        assertThat(item.specialProcedures()).containsExactly(
                new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, 5, "技术评估"),
                new SpecialProcedure(SpecialProcedureKind.HEARING, null, ""));
        assertThat(item.materials()).extracting(Material::name).containsExactly("申请书", "身份证");
        assertThat(item.deemedConsent()).isEqualTo(org.onevisit.catalog.DeemedConsent.REGIONAL_DEFAULT);
    }

    @Test
    void every_mistake_of_a_workbook_is_named_with_its_sheet_row_and_column() throws IOException {
        byte[] bytes = workbook(wb -> {
            rows(wb, "部门", ExcelLayout.DEPARTMENT_COLUMNS,
                    List.of("SCJG", "市场监管局", "", "政府部门", "市场监管", "91350100M000100Y43", ""));
            rows(wb, "窗口", ExcelLayout.COUNTER_COLUMNS, List.of("A01", "综合窗口", "GAJ"));
            rows(wb, "事项", ExcelLayout.ITEM_COLUMNS,
                    item("XK-SCJG-001", "企业设立登记", "许可证", "3", "否"),
                    item("XK-SCJG-002", "", "行政许可", "三", "否"),
                    item("xk-1", "坏编码事项", "行政许可", "3", "也许"));
            rows(wb, "材料", ExcelLayout.MATERIAL_COLUMNS,
                    List.of("XK-SCJG-001", 1, "申请书", "必要", "纸质", "原件", 1, 0, "申请人自备", "", ""),
                    List.of("XK-SCJG-002", 1, "申请书", "必要", "纸质", "原件", "一", 0, "申请人自备", "", ""),
                    List.of("XK-SCJG-404", 1, "申请书", "必要", "纸质", "原件", 1, 0, "申请人自备", "", ""),
                    List.of("xk-1", 1, "申请书", "必要", "纸质", "原件", 1, 0, "申请人自备", "", ""));
            rows(wb, "一件事", ExcelLayout.BUNDLE_COLUMNS,
                    List.of("YJS-QYKB", "企业开办一件事", "", "", "准入准营", "SCJG"));
            rows(wb, "阶段", ExcelLayout.STAGE_COLUMNS,
                    List.of("YJS-QYKB", "S1", "登记", "XK-SCJG-001、XK-SCJG-002", "", ""),
                    List.of("YJS-NONE", "S1", "登记", "XK-SCJG-001", "", "一起审"));
            // no 收费 sheet
        });

        CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(bytes));

        assertThat(draft.problems()).extracting(p -> p.where().sheet(), p -> p.where().row(),
                p -> p.where().column(), ImportProblem::code).containsExactlyInAnyOrder(
                        tuple("窗口", 2, "C", "unknown-department"),
                        tuple("事项", 2, "D", "unknown-value"),
                        tuple("事项", 3, "B", "required"),
                        tuple("事项", 3, "I", "not-a-number"),
                        tuple("事项", 4, "A", "item-code-format"),
                        tuple("事项", 4, "M", "not-a-boolean"),
                        tuple("材料", 3, "G", "not-a-number"),
                        tuple("材料", 4, "A", "unknown-item-row"),
                        tuple("收费", 1, "A", "sheet-missing"),
                        tuple("阶段", 3, "A", "unknown-bundle-row"));
        assertThat(problem(draft, "unknown-value").args()).first().isEqualTo("许可证");
        assertThat(problem(draft, "unknown-value").args().get(1).toString()).contains("行政许可", "社会服务");
        assertThat(problem(draft, "unknown-item-row").args()).containsExactly("XK-SCJG-404");
        assertThat(problem(draft, "unknown-bundle-row").args()).containsExactly("YJS-NONE");
        assertThat(problem(draft, "sheet-missing").args()).containsExactly("收费");
        // the item with a malformed code is left out but declared, so references to it are not reported twice
        assertThat(draft.declaredItems()).contains("xk-1", "XK-SCJG-001", "XK-SCJG-002");
        assertThat(draft.declaredDepartments()).contains("SCJG");
        assertThat(draft.document().items()).extracting(i -> i.code().value())
                .containsExactly("XK-SCJG-001", "XK-SCJG-002");
    }

    @Test
    void a_missing_column_is_reported_once_and_its_cells_are_not() throws IOException {
        byte[] bytes = workbook(wb -> {
            rows(wb, "部门", List.of("编码", "名称", "英文名称", "类别", "领域", "咨询电话"),
                    List.of("SCJG", "市场监管局", "", "政府部门", "市场监管", ""),
                    List.of("GAJ", "公安局", "", "政府部门", "公安", ""));
            for (String sheet : List.of("窗口", "事项", "材料", "收费", "一件事", "阶段")) {
                rows(wb, sheet, columnsOf(sheet));
            }
        });

        CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(bytes));

        assertThat(draft.problems()).containsExactly(
                ImportProblem.at(Where.cell("部门", 1, "F"), "column-missing", "部门", "统一社会信用代码"));
        assertThat(draft.document().departments()).hasSize(2);
    }

    @Test
    void a_field_of_an_entry_is_located_in_its_own_row_or_in_the_row_of_its_material_fee_counter_or_stage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelCatalogWriter.write(sample(), out);
        CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(out.toByteArray()));

        var market = draft.departments().get(0).locate();
        assertThat(market.apply("creditCode")).isEqualTo(Where.cell("部门", 2, "F"));
        assertThat(market.apply("counters[1].number")).isEqualTo(Where.cell("窗口", 3, "A"));
        var food = draft.items().get(1).locate();
        assertThat(food.apply("name")).isEqualTo(Where.cell("事项", 3, "B"));
        assertThat(food.apply("promisedLimit")).isEqualTo(Where.cell("事项", 3, "K"));
        assertThat(food.apply("legalLimit.unit")).isEqualTo(Where.cell("事项", 3, "J"));
        assertThat(food.apply("materials[1].necessity")).isEqualTo(Where.cell("材料", 5, "D"));
        assertThat(food.apply("materials[0].certificateType")).isEqualTo(Where.cell("材料", 4, "J"));
        assertThat(food.apply("fees[1].name")).isEqualTo(Where.cell("收费", 3, "B"));
        assertThat(food.apply("specialProcedures[0].maxDays")).isEqualTo(Where.cell("事项", 3, "T"));
        assertThat(food.apply("materials")).isEqualTo(Where.cell("事项", 3, "A"));
        var bundle = draft.bundles().get(0).locate();
        assertThat(bundle.apply("leadDepartment")).isEqualTo(Where.cell("一件事", 2, "F"));
        assertThat(bundle.apply("stages[1].after")).isEqualTo(Where.cell("阶段", 3, "E"));
        assertThat(bundle.apply("stages[0].items")).isEqualTo(Where.cell("阶段", 2, "D"));
    }

    @Test
    void a_sheet_with_more_rows_than_the_limit_is_refused_and_one_at_the_limit_is_read() throws IOException {
        byte[] bytes = workbook(wb -> {
            for (String sheet : List.of("事项", "材料", "收费", "一件事", "阶段")) {
                rows(wb, sheet, columnsOf(sheet));
            }
            Sheet departments = rows(wb, "部门", ExcelLayout.DEPARTMENT_COLUMNS);
            Sheet counters = rows(wb, "窗口", ExcelLayout.COUNTER_COLUMNS);
            for (int i = 1; i <= 5; i++) {
                Row row = counters.createRow(i);
                row.createCell(0).setCellValue("W" + i);
                row.createCell(1).setCellValue("窗口");
                row.createCell(2).setCellValue("SCJG");
                if (i <= 4) {
                    List<String> values = List.of("D" + i, "部门", "", "政府部门", "市场监管", "91350100M000100Y43", "");
                    Row d = departments.createRow(i);
                    for (int c = 0; c < values.size(); c++) {
                        d.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
        });

        CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(bytes), 4);

        assertThat(draft.problems()).containsExactly(
                ImportProblem.at(Where.cell("窗口", 1, "A"), "too-many-rows", "窗口", 4));
        assertThat(draft.document().departments()).hasSize(4);
    }

    @Test
    void bytes_that_are_not_an_xlsx_workbook_are_reported_and_not_thrown() {
        for (byte[] bytes : List.of("format: onevisit-catalog/1\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3})) {
            CatalogDraft draft = ExcelCatalogReader.read(new ByteArrayInputStream(bytes));

            assertThat(draft.problems()).extracting(ImportProblem::code).containsExactly("not-a-workbook");
            assertThat(draft.document().items()).isEmpty();
        }
    }

    private static List<Object> item(String code, String name, String type, Object legalDays, String illustrative) {
        return List.of(code, name, "", type, "SCJG", "", "法人", "准入准营", legalDays, "工作日", 1, "工作日", illustrative,
                0, "", "", "否", "", "", "", "证照", "营业执照");
    }

    private static ImportProblem problem(CatalogDraft draft, String code) {
        return draft.problems().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> columnsOf(String sheet) {
        return switch (sheet) {
            case "部门" -> ExcelLayout.DEPARTMENT_COLUMNS;
            case "窗口" -> ExcelLayout.COUNTER_COLUMNS;
            case "事项" -> ExcelLayout.ITEM_COLUMNS;
            case "材料" -> ExcelLayout.MATERIAL_COLUMNS;
            case "收费" -> ExcelLayout.FEE_COLUMNS;
            case "一件事" -> ExcelLayout.BUNDLE_COLUMNS;
            default -> ExcelLayout.STAGE_COLUMNS;
        };
    }

    private interface Content {
        void fill(Workbook wb);
    }

    private static byte[] workbook(Content content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            content.fill(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    private static Sheet rows(Workbook wb, String name, List<String> headers, List<Object>... rows) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].size(); c++) {
                Object value = rows[r].get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (!value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        return sheet;
    }
}
