package org.onevisit.catalog.transfer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.transfer.ExcelSheet.Line;

/**
 * Finds the cell of a field of an entry read from a workbook, so that the catalog rules, which speak of fields
 * such as {@code materials[2].necessity}, can name the sheet, row and column.
 */
final class ExcelLocator {

    static final Map<String, String> DEPARTMENT_FIELDS = Map.of("code", "编码", "name", "名称", "nameEn",
            "英文名称", "kind", "类别", "sector", "领域", "creditCode", "统一社会信用代码", "phone", "咨询电话");
    static final Map<String, String> COUNTER_FIELDS = Map.of("number", "窗口号", "name", "窗口名称");
    static final Map<String, String> ITEM_FIELDS = Map.ofEntries(Map.entry("code", "事项编码"),
            Map.entry("name", "事项名称"), Map.entry("nameEn", "英文名称"), Map.entry("type", "事项类型"),
            Map.entry("department", "实施主体"), Map.entry("jointDepartments", "联办机构"),
            Map.entry("servedParty", "服务对象"), Map.entry("lifeEvents", "主题"), Map.entry("legalLimit", "法定时限"),
            Map.entry("legalLimit.days", "法定时限"), Map.entry("legalLimit.unit", "法定时限单位"),
            Map.entry("promisedLimit", "承诺时限"), Map.entry("promisedLimit.days", "承诺时限"),
            Map.entry("promisedLimit.unit", "承诺时限单位"), Map.entry("limitsIllustrative", "时限为示例"),
            Map.entry("requiredVisits", "到现场次数"), Map.entry("visitsReason", "到现场原因"),
            Map.entry("onlineDepth", "网上办理深度"), Map.entry("expressAllowed", "支持快递"),
            Map.entry("legalBasis", "设定依据"), Map.entry("acceptanceConditions", "受理条件"),
            Map.entry("specialProcedures", "特别程序"), Map.entry("deemedConsent", "超时默认"), Map.entry("resultType", "结果类型"),
            Map.entry("resultName", "结果名称"), Map.entry("materials", "事项编码"), Map.entry("fees", "事项编码"),
            Map.entry("applicantRoles", "申请人角色"), Map.entry("formFields", "事项编码"));
    static final Map<String, String> MATERIAL_FIELDS = Map.of("name", "材料名称", "necessity", "必要性", "form",
            "材料形式", "copyKind", "原件复印件", "originals", "原件份数", "copies", "复印件份数", "source", "来源渠道",
            "certificateType", "证照类型", "note", "备注", "nameEn", "英文名称");
    static final Map<String, String> FORM_FIELD_FIELDS = Map.ofEntries(Map.entry("key", "字段键"),
            Map.entry("label", "字段名称"), Map.entry("labelEn", "英文名称"), Map.entry("type", "字段类型"),
            Map.entry("required", "必填"), Map.entry("maxLength", "最大长度"), Map.entry("min", "最小值"),
            Map.entry("max", "最大值"), Map.entry("options", "选项"), Map.entry("hint", "提示"),
            Map.entry("hintEn", "英文提示"));
    static final Map<String, String> FEE_FIELDS = Map.of("name", "收费项目", "standard", "收费标准", "basis",
            "收费依据", "waivable", "可减免");
    static final Map<String, String> BUNDLE_FIELDS = Map.of("code", "编码", "name", "名称", "nameEn", "英文名称",
            "description", "说明", "lifeEvents", "主题", "leadDepartment", "牵头部门", "stages", "编码",
            "applicantRoles", "申请人角色");
    static final Map<String, String> STAGE_FIELDS = Map.of("key", "阶段键", "name", "阶段名称", "items", "事项编码",
            "after", "前置阶段", "joint", "联合方式");

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.?(.*)");

    /** The rows of a list of an entry kept on another sheet (materials, fees, counters, stages). */
    record Part(List<Line> rows, Map<String, String> fields, String fallback) {
    }

    /**
     * Where a field of an entry is: {@code name} in the entry's row, {@code materials[2].necessity} in the row of
     * its third material; {@code specialProcedures[0].maxDays} in the entry's 特别程序 cell.
     */
    static Function<String, Where> locator(Line row, Map<String, String> fields, String fallback,
            Map<String, Part> parts) {
        return field -> {
            Matcher m = INDEXED.matcher(field);
            if (m.matches()) {
                Part part = parts.get(m.group(1));
                if (part != null) {
                    int index = Integer.parseInt(m.group(2));
                    if (index < part.rows().size()) {
                        return part.rows().get(index).at(part.fields().getOrDefault(m.group(3), part.fallback()));
                    }
                }
                return row.at(fields.getOrDefault(m.group(1), fallback));
            }
            String column = fields.get(field);
            if (column == null) {
                int dot = field.indexOf('.');
                column = fields.getOrDefault(dot < 0 ? field : field.substring(0, dot), fallback);
            }
            return row.at(column);
        };
    }

    private ExcelLocator() {
    }
}
