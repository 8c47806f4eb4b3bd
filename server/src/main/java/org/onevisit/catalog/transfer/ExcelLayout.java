package org.onevisit.catalog.transfer;

import java.util.List;
import java.util.Set;

/**
 * The sheets of the catalog workbook and their column headers, in the order the writer lays them out
 * ({@code docs/catalog-format.md}, section "Excel").
 */
final class ExcelLayout {

    static final String DEPARTMENTS = "部门";
    static final String COUNTERS = "窗口";
    static final String ITEMS = "事项";
    static final String MATERIALS = "材料";
    static final String FEES = "收费";
    static final String FORM_FIELDS = "申请表字段";
    static final String BUNDLES = "一件事";
    static final String STAGES = "阶段";

    static final List<String> DEPARTMENT_COLUMNS = List.of("编码", "名称", "英文名称", "类别", "领域", "统一社会信用代码",
            "咨询电话");
    static final List<String> COUNTER_COLUMNS = List.of("窗口号", "窗口名称", "部门编码");
    static final List<String> ITEM_COLUMNS = List.of("事项编码", "事项名称", "英文名称", "事项类型", "实施主体", "联办机构",
            "服务对象", "主题", "法定时限", "法定时限单位", "承诺时限", "承诺时限单位", "时限为示例", "到现场次数", "到现场原因",
            "网上办理深度", "支持快递", "设定依据", "受理条件", "特别程序", "结果类型", "结果名称", "超时默认", "申请人角色");
    static final List<String> MATERIAL_COLUMNS = List.of("事项编码", "序号", "材料名称", "必要性", "材料形式", "原件复印件",
            "原件份数", "复印件份数", "来源渠道", "证照类型", "备注", "英文名称");
    static final List<String> FORM_FIELD_COLUMNS = List.of("事项编码", "序号", "字段键", "字段名称", "英文名称", "字段类型",
            "必填", "最大长度", "最小值", "最大值", "选项", "提示", "英文提示");
    static final List<String> FEE_COLUMNS = List.of("事项编码", "收费项目", "收费标准", "收费依据", "可减免");
    static final List<String> BUNDLE_COLUMNS = List.of("编码", "名称", "英文名称", "说明", "主题", "牵头部门", "申请人角色");
    static final List<String> STAGE_COLUMNS = List.of("一件事编码", "阶段键", "阶段名称", "事项编码", "前置阶段", "联合方式");

    /**
     * Columns added to the format later: a workbook written before them may leave them out, and their cells then read
     * as empty — for 超时默认, the region's default; for 申请人角色 (the roles of several applicants, as
     * {@code key|名称|English name|at least}, separated by semicolons), one applicant.
     */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("超时默认", "申请人角色", "英文名称");

    /**
     * Sheets added to the format later: a workbook written before them may leave them out — for 申请表字段 (the fields
     * of the items' application forms), items without form fields.
     */
    static final Set<String> OPTIONAL_SHEETS = Set.of(FORM_FIELDS);

    /** Separator of the values of a list in a cell, as written; {@code ,} and {@code ，} are read too. */
    static final String LIST_SEPARATOR = "、";
    /** Separator of special procedures in a cell, as written; {@code ；} is read too. */
    static final String ENTRY_SEPARATOR = ";";
    /** Separator of the parts of a special procedure, as written; {@code ：} is read too. */
    static final String PART_SEPARATOR = ":";

    static final String YES = "是";
    static final String NO = "否";

    /** The most data rows a sheet may have. */
    static final int MAX_ROWS = 20_000;

    private ExcelLayout() {
    }
}
