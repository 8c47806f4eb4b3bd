package org.onevisit.catalog.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.Counter;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.Labelled;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.Stage;

/**
 * Writes the catalog as an Excel workbook (.xlsx) that {@link ExcelCatalogReader} reads back unchanged: one
 * sheet per table, Chinese labels in the cells, a bold frozen header row.
 */
public final class ExcelCatalogWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private ExcelCatalogWriter() {
    }

    public static void write(CatalogDocument doc, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Tables t = new Tables();
            doc.departments().forEach(t::add);
            doc.items().forEach(t::add);
            doc.bundles().forEach(t::add);
            sheet(workbook, header, ExcelLayout.DEPARTMENTS, ExcelLayout.DEPARTMENT_COLUMNS, t.departments);
            sheet(workbook, header, ExcelLayout.COUNTERS, ExcelLayout.COUNTER_COLUMNS, t.counters);
            sheet(workbook, header, ExcelLayout.ITEMS, ExcelLayout.ITEM_COLUMNS, t.items);
            sheet(workbook, header, ExcelLayout.MATERIALS, ExcelLayout.MATERIAL_COLUMNS, t.materials);
            sheet(workbook, header, ExcelLayout.FEES, ExcelLayout.FEE_COLUMNS, t.fees);
            sheet(workbook, header, ExcelLayout.FORM_FIELDS, ExcelLayout.FORM_FIELD_COLUMNS, t.fields);
            sheet(workbook, header, ExcelLayout.BUNDLES, ExcelLayout.BUNDLE_COLUMNS, t.bundles);
            sheet(workbook, header, ExcelLayout.STAGES, ExcelLayout.STAGE_COLUMNS, t.stages);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of every sheet, in the order of the document; values are texts or numbers. */
    private static final class Tables {

        final List<List<Object>> departments = new ArrayList<>();
        final List<List<Object>> counters = new ArrayList<>();
        final List<List<Object>> items = new ArrayList<>();
        final List<List<Object>> materials = new ArrayList<>();
        final List<List<Object>> fees = new ArrayList<>();
        final List<List<Object>> fields = new ArrayList<>();
        final List<List<Object>> bundles = new ArrayList<>();
        final List<List<Object>> stages = new ArrayList<>();

        void add(Department d) {
            departments.add(List.of(d.code(), d.name(), d.nameEn(), d.kind().zh(), d.sector().zh(), d.creditCode(),
                    d.phone()));
            for (Counter c : d.counters()) {
                counters.add(List.of(c.number(), c.name(), d.code()));
            }
        }

        void add(ItemDefinition item) {
            String code = item.code().value();
            ItemDetails d = item.details();
            items.add(List.of(code, d.name(), d.nameEn(), d.type().zh(), d.department(),
                    joined(d.jointDepartments()), d.servedParty().zh(), labels(d.lifeEvents()), d.legalLimit().days(),
                    d.legalLimit().unit().zh(), d.promisedLimit().days(), d.promisedLimit().unit().zh(),
                    yesNo(d.limitsIllustrative()), d.requiredVisits(), d.visitsReason(), labels(d.onlineDepth()),
                    yesNo(d.expressAllowed()), d.legalBasis(), d.acceptanceConditions(),
                    procedures(d.specialProcedures()), d.resultType().zh(), d.resultName(), deemedConsent(d.deemedConsent()),
                    ApplicantRole.encode(d.applicantRoles())));
            for (int i = 0; i < d.materials().size(); i++) {
                Material m = d.materials().get(i);
                materials.add(List.of(code, i + 1, m.name(), m.necessity().zh(), m.form().zh(), m.copyKind().zh(),
                        m.originals(), m.copies(), m.source().zh(), m.certificateType(), m.note(), m.nameEn()));
            }
            for (int i = 0; i < d.formFields().size(); i++) {
                FormField f = d.formFields().get(i);
                fields.add(List.of(code, i + 1, f.key(), f.label(), f.labelEn(), f.type().zh(), yesNo(f.required()),
                        orEmpty(f.limits().maxLength()), orEmpty(f.limits().min()), orEmpty(f.limits().max()),
                        FormField.encodeOptions(f.options()), f.hint(), f.hintEn()));
            }
            for (Fee f : d.fees()) {
                fees.add(List.of(code, f.name(), f.standard(), f.basis(), yesNo(f.waivable())));
            }
        }

        void add(Bundle b) {
            bundles.add(List.of(b.code(), b.name(), b.nameEn(), b.description(), labels(b.lifeEvents()),
                    b.leadDepartment(), ApplicantRole.encode(b.applicantRoles())));
            for (Stage s : b.stages()) {
                stages.add(List.of(b.code(), s.key(), s.name(), joined(s.items()), joined(s.after()),
                        s.joint().zh()));
            }
        }
    }

    private static Object orEmpty(@org.jspecify.annotations.Nullable Number n) {
        return n == null ? "" : n;
    }

    private static void sheet(XSSFWorkbook workbook, CellStyle headerStyle, String name, List<String> columns,
            List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(name);
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(headerStyle);
            widths[c] = width(columns.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                    widths[c] = Math.max(widths[c], width(value.toString()));
                } else if (!value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                    widths[c] = Math.max(widths[c], width(value.toString()));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
    }

    /** The width of a text in character widths: a Chinese character takes two. */
    private static int width(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum());
        }
        return longest;
    }

    /** 超时默认 as 是 or 否, or an empty cell where the item follows the region's default. */
    private static String deemedConsent(DeemedConsent rule) {
        return rule == DeemedConsent.REGIONAL_DEFAULT ? "" : yesNo(rule == DeemedConsent.ALLOWED);
    }

    private static String yesNo(boolean value) {
        return value ? ExcelLayout.YES : ExcelLayout.NO;
    }

    private static String joined(List<String> values) {
        return String.join(ExcelLayout.LIST_SEPARATOR, values);
    }

    private static <E extends Enum<E> & Labelled> String labels(Collection<E> values) {
        return values.stream().sorted().map(Labelled::zh).collect(Collectors.joining(ExcelLayout.LIST_SEPARATOR));
    }

    /** Special procedures as {@code 类型:最长工作日:说明} entries separated by {@code ;}. */
    private static String procedures(List<SpecialProcedure> procedures) {
        return procedures.stream()
                .map(p -> p.kind().zh() + ExcelLayout.PART_SEPARATOR + (p.maxDays() == null ? "" : p.maxDays())
                        + ExcelLayout.PART_SEPARATOR + p.note())
                .collect(Collectors.joining(ExcelLayout.ENTRY_SEPARATOR));
    }
}
