package org.onevisit.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDraft;
import org.onevisit.catalog.CatalogDraft.Sourced;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.Counter;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.DepartmentKind;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemDefinition;
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
import org.onevisit.catalog.transfer.ExcelSheet.Line;
import org.onevisit.platform.DomainException;

/**
 * Reads a catalog workbook (.xlsx) in the layout of {@code docs/catalog-format.md}, section "Excel". Sheets
 * are found by name and columns by header; every problem names its sheet, row and column. Bad content never
 * throws: it gives a draft with problems. Longer than most classes: it reads the workbook's seven sheets in the
 * order they refer to each other, one method a sheet, so that the whole layout is read in one place.
 */
public final class ExcelCatalogReader {

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> declaredDepartments = new HashSet<>();
    private final Set<String> declaredItems = new HashSet<>();

    private final int maxRows;

    private ExcelCatalogReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads a workbook of at most {@value ExcelLayout#MAX_ROWS} data rows per sheet. */
    public static CatalogDraft read(InputStream in) {
        return read(in, ExcelLayout.MAX_ROWS);
    }

    static CatalogDraft read(InputStream in, int maxRows) {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // Not a zip, not an OOXML package, an old .xls, or a package POI refuses (e.g. a zip bomb).
            return new CatalogDraft(List.of(), List.of(), List.of(),
                    List.of(ImportProblem.at(Where.path("$", 0), "not-a-workbook")), Set.of(), Set.of());
        }
        try {
            return new ExcelCatalogReader(maxRows).readWorkbook(workbook);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // read from memory: nothing is left open
            }
        }
    }

    private CatalogDraft readWorkbook(XSSFWorkbook workbook) {
        ExcelSheet departmentSheet = sheet(workbook, ExcelLayout.DEPARTMENTS, ExcelLayout.DEPARTMENT_COLUMNS);
        ExcelSheet counterSheet = sheet(workbook, ExcelLayout.COUNTERS, ExcelLayout.COUNTER_COLUMNS);
        ExcelSheet itemSheet = sheet(workbook, ExcelLayout.ITEMS, ExcelLayout.ITEM_COLUMNS);
        ExcelSheet materialSheet = sheet(workbook, ExcelLayout.MATERIALS, ExcelLayout.MATERIAL_COLUMNS);
        ExcelSheet feeSheet = sheet(workbook, ExcelLayout.FEES, ExcelLayout.FEE_COLUMNS);
        ExcelSheet fieldSheet = sheet(workbook, ExcelLayout.FORM_FIELDS, ExcelLayout.FORM_FIELD_COLUMNS);
        ExcelSheet bundleSheet = sheet(workbook, ExcelLayout.BUNDLES, ExcelLayout.BUNDLE_COLUMNS);
        ExcelSheet stageSheet = sheet(workbook, ExcelLayout.STAGES, ExcelLayout.STAGE_COLUMNS);

        List<Sourced<Department>> departments = departments(departmentSheet, counterSheet);
        List<Sourced<ItemDefinition>> items = items(itemSheet, materialSheet, feeSheet, fieldSheet);
        List<Sourced<Bundle>> bundles = bundles(bundleSheet, stageSheet);
        return new CatalogDraft(departments, items, bundles, problems, declaredDepartments, declaredItems);
    }

    private ExcelSheet sheet(XSSFWorkbook workbook, String name, List<String> columns) {
        return new ExcelSheet(workbook, name, columns, maxRows, problems);
    }

    private List<Sourced<Department>> departments(ExcelSheet sheet, ExcelSheet counterSheet) {
        List<Line> rows = sheet.rows();
        for (Line row : rows) {
            declaredDepartments.add(row.optionalText("编码"));
        }
        Map<String, List<Line>> counterRows = byOwner(counterSheet, "部门编码", declaredDepartments,
                "unknown-department");
        List<Sourced<Department>> out = new ArrayList<>();
        for (Line row : rows) {
            String code = row.text("编码");
            List<Line> ownCounters = counterRows.getOrDefault(code, List.of());
            List<Counter> counters = ownCounters.stream()
                    .map(c -> new Counter(c.text("窗口号"), c.text("窗口名称"))).toList();
            Department d = new Department(code, row.text("名称"), row.optionalText("英文名称"),
                    row.choice("类别", DepartmentKind.class, DepartmentKind.DEPARTMENT),
                    row.choice("领域", Sector.class, Sector.OTHER_DEPARTMENT), row.text("统一社会信用代码"),
                    row.optionalText("咨询电话"), counters);
            out.add(new Sourced<>(d, ExcelLocator.locator(row, ExcelLocator.DEPARTMENT_FIELDS, "编码", Map.of(
                    "counters", new ExcelLocator.Part(ownCounters, ExcelLocator.COUNTER_FIELDS, "窗口号")))));
        }
        return out;
    }

    private List<Sourced<ItemDefinition>> items(ExcelSheet sheet, ExcelSheet materialSheet, ExcelSheet feeSheet,
            ExcelSheet fieldSheet) {
        for (Line row : sheet.rows()) {
            declaredItems.add(row.optionalText("事项编码"));
        }
        Map<String, List<Line>> materialRows = byOwner(materialSheet, "事项编码", declaredItems, "unknown-item-row");
        Map<String, List<Line>> feeRows = byOwner(feeSheet, "事项编码", declaredItems, "unknown-item-row");
        Map<String, List<Line>> fieldRows = byOwner(fieldSheet, "事项编码", declaredItems, "unknown-item-row");
        materialRows.values().forEach(this::sortBySequence);
        fieldRows.values().forEach(this::sortBySequence);
        List<Sourced<ItemDefinition>> out = new ArrayList<>();
        for (Line row : sheet.rows()) {
            String code = row.text("事项编码");
            ItemCode itemCode = itemCode(row, code);
            List<Line> ownMaterials = materialRows.getOrDefault(code, List.of());
            List<Line> ownFees = feeRows.getOrDefault(code, List.of());
            List<Line> ownFields = fieldRows.getOrDefault(code, List.of());
            ItemDetails details = details(row, ownMaterials.stream().map(this::material).toList(),
                    ownFees.stream().map(this::fee).toList(), ownFields.stream().map(this::formField).toList());
            if (itemCode != null) {
                out.add(new Sourced<>(new ItemDefinition(itemCode, details), ExcelLocator.locator(row,
                        ExcelLocator.ITEM_FIELDS, "事项编码", Map.of(
                                "materials", new ExcelLocator.Part(ownMaterials, ExcelLocator.MATERIAL_FIELDS, "材料名称"),
                                "fees", new ExcelLocator.Part(ownFees, ExcelLocator.FEE_FIELDS, "收费项目"),
                                "formFields", new ExcelLocator.Part(ownFields, ExcelLocator.FORM_FIELD_FIELDS, "字段键")))));
            }
        }
        return out;
    }

    private @Nullable ItemCode itemCode(Line row, String code) {
        if (code.isEmpty()) {
            return null;
        }
        try {
            return new ItemCode(code);
        } catch (DomainException e) {
            problems.add(ImportProblem.at(row.at("事项编码"), "item-code-format", code));
            return null;
        }
    }

    private ItemDetails details(Line row, List<Material> materials, List<Fee> fees, List<FormField> fields) {
        return new ItemDetails(row.text("事项名称"), row.optionalText("英文名称"),
                row.choice("事项类型", ItemType.class, ItemType.PUBLIC_SERVICE), row.text("实施主体"),
                row.strings("联办机构"), row.choice("服务对象", ServedParty.class, ServedParty.BOTH),
                row.choices("主题", LifeEvent.class), limit(row, "法定时限", "法定时限单位"),
                limit(row, "承诺时限", "承诺时限单位"), row.bool("时限为示例"), row.integer("到现场次数", 0),
                row.optionalText("到现场原因"), row.choices("网上办理深度", OnlineDepth.class), row.bool("支持快递"), fees,
                row.optionalText("设定依据"), row.optionalText("受理条件"), procedures(row),
                row.present("超时默认") ? DeemedConsent.of(row.bool("超时默认")) : DeemedConsent.REGIONAL_DEFAULT,
                row.choice("结果类型", ResultType.class, ResultType.OTHER), row.optionalText("结果名称"), materials,
                ApplicantRole.read(row.optionalText("申请人角色")), fields);
    }

    /** Materials and form fields in the order of their 序号; rows without one keep their place after the numbered ones. */
    private void sortBySequence(List<Line> materials) {
        Map<Line, @Nullable Integer> sequence = new LinkedHashMap<>();
        for (Line m : materials) {
            sequence.put(m, m.optionalInteger("序号"));
        }
        materials.sort(Comparator.comparing(sequence::get, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private Fee fee(Line f) {
        return new Fee(f.text("收费项目"), f.optionalText("收费标准"), f.optionalText("收费依据"), f.bool("可减免"));
    }

    private TimeLimit limit(Line row, String daysColumn, String unitColumn) {
        // a limit is required: an instant item has 0 days
        int days = row.text(daysColumn).isEmpty() ? 0 : row.integer(daysColumn, 0);
        DayUnit unit = row.choice(unitColumn, DayUnit.class, DayUnit.WORKING);
        if (days < 0 || days > 3650) {
            problems.add(ImportProblem.at(row.at(daysColumn), "days-range", days));
            days = 0;
        }
        return new TimeLimit(days, unit);
    }

    private Material material(Line m) {
        return new Material(m.text("材料名称"), m.choice("必要性", Necessity.class, Necessity.REQUIRED),
                m.choice("材料形式", MaterialForm.class, MaterialForm.PAPER),
                m.choice("原件复印件", CopyKind.class, CopyKind.ORIGINAL), m.integer("原件份数", 0),
                m.integer("复印件份数", 0), m.choice("来源渠道", MaterialSource.class, MaterialSource.APPLICANT),
                m.optionalText("证照类型"), m.optionalText("备注"), m.optionalText("英文名称"));
    }

    /** A field of an item's form; its choices are {@code 名称|English name}, separated by {@code ;}. */
    private FormField formField(Line f) {
        return new FormField(f.text("字段键"), f.text("字段名称"), f.optionalText("英文名称"),
                f.choice("字段类型", FieldType.class, FieldType.TEXT), f.bool("必填"),
                new FieldLimits(f.optionalInteger("最大长度"), f.optionalLong("最小值"), f.optionalLong("最大值")),
                FormField.decodeOptions(f.optionalText("选项")), f.optionalText("提示"), f.optionalText("英文提示"));
    }

    /** The special procedures of an item: {@code 类型:最长工作日:说明} entries separated by {@code ;}. */
    private List<SpecialProcedure> procedures(Line row) {
        String column = "特别程序";
        String text = row.optionalText(column);
        List<SpecialProcedure> out = new ArrayList<>();
        for (String entry : text.split("[;；]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("[:：]", 3);
            String kindText = parts[0].strip();
            if (kindText.isEmpty()) {
                problems.add(ImportProblem.at(row.at(column), "required"));
                continue;
            }
            SpecialProcedureKind kind = row.parse(SpecialProcedureKind.class, kindText, row.at(column))
                    .orElse(SpecialProcedureKind.SITE_INSPECTION);
            Integer maxDays = null;
            if (parts.length > 1 && !parts[1].isBlank()) {
                maxDays = row.parseInteger(parts[1], row.at(column));
            }
            String note = parts.length > 2 ? parts[2].strip() : "";
            out.add(new SpecialProcedure(kind, maxDays, note));
        }
        return out;
    }

    private List<Sourced<Bundle>> bundles(ExcelSheet sheet, ExcelSheet stageSheet) {
        Set<String> declaredBundles = new HashSet<>();
        for (Line row : sheet.rows()) {
            declaredBundles.add(row.optionalText("编码"));
        }
        Map<String, List<Line>> stageRows = byOwner(stageSheet, "一件事编码", declaredBundles, "unknown-bundle-row");
        List<Sourced<Bundle>> out = new ArrayList<>();
        for (Line row : sheet.rows()) {
            String code = row.text("编码");
            List<Line> ownStages = stageRows.getOrDefault(code, List.of());
            List<Stage> stages = ownStages.stream().map(s -> new Stage(s.text("阶段键"), s.text("阶段名称"),
                    s.strings("事项编码"), s.strings("前置阶段"), s.optionalChoice("联合方式", JointMode.class, JointMode.NONE)))
                    .toList();
            Bundle b = new Bundle(code, row.text("名称"), row.optionalText("英文名称"), row.optionalText("说明"),
                    row.choices("主题", LifeEvent.class), row.text("牵头部门"), stages,
                    ApplicantRole.read(row.optionalText("申请人角色")));
            out.add(new Sourced<>(b, ExcelLocator.locator(row, ExcelLocator.BUNDLE_FIELDS, "编码",
                    Map.of("stages", new ExcelLocator.Part(ownStages, ExcelLocator.STAGE_FIELDS, "阶段键")))));
        }
        return out;
    }

    /**
     * The rows of a detail sheet grouped by the code of the entry they belong to, in sheet order. A row naming
     * no entry is reported; so is one naming an entry that is not declared at all.
     */
    private Map<String, List<Line>> byOwner(ExcelSheet sheet, String column, Set<String> declared, String unknownCode) {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        for (Line row : sheet.rows()) {
            String owner = row.text(column);
            if (owner.isEmpty()) {
                continue;
            }
            if (!declared.contains(owner)) {
                problems.add(ImportProblem.at(row.at(column), unknownCode, owner));
                continue;
            }
            out.computeIfAbsent(owner, k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
