package org.onevisit.catalog.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.Labelled;

/**
 * One sheet of a catalog workbook, its columns found by their headers in the first row, and its non-empty
 * rows. A missing sheet or column is reported once; the cells of a missing column then read as empty without
 * further reports. Like {@link YamlNode}, a wrong cell reads as a neutral value and is reported. A little over 250
 * lines: each kind of cell (text, whole number, yes/no, choice from a list) keeps its reading and its report
 * together.
 */
final class ExcelSheet {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private final String name;
    private final List<String> expected;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<ExcelSheet.Line> rows = new ArrayList<>();
    private final List<ImportProblem> problems;
    private final boolean present;

    ExcelSheet(Workbook workbook, String name, List<String> expected, int maxRows, List<ImportProblem> problems) {
        this.name = name;
        this.expected = expected;
        this.problems = problems;
        Sheet sheet = workbook.getSheet(name);
        this.present = sheet != null;
        if (sheet == null) {
            if (!ExcelLayout.OPTIONAL_SHEETS.contains(name)) {
                problems.add(ImportProblem.at(Where.cell(name, 1, "A"), "sheet-missing", name));
            }
            return;
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header != null) {
            for (Cell cell : header) {
                String title = cellText(cell).replaceAll("[*＊]+$", "").strip();
                if (!title.isEmpty()) {
                    columns.putIfAbsent(title, cell.getColumnIndex());
                }
            }
        }
        for (String column : expected) {
            if (!columns.containsKey(column) && !ExcelLayout.OPTIONAL_COLUMNS.contains(column)) {
                problems.add(ImportProblem.at(Where.cell(name, 1, letter(column)), "column-missing", name, column));
            }
        }
        if (sheet.getPhysicalNumberOfRows() - 1 > maxRows) {
            problems.add(ImportProblem.at(Where.cell(name, 1, "A"), "too-many-rows", name, maxRows));
            return;
        }
        int headerIndex = header == null ? -1 : header.getRowNum();
        for (Row row : sheet) {
            if (row.getRowNum() > headerIndex && !blank(row)) {
                rows.add(new Line(row));
            }
        }
    }

    boolean present() {
        return present;
    }

    List<ExcelSheet.Line> rows() {
        return rows;
    }

    /** The letter of a column: where its header is, or where the format puts it when the header is missing. */
    String letter(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            int expectedIndex = expected.indexOf(column);
            index = Math.max(expectedIndex, 0);
        }
        return CellReference.convertNumToColString(index);
    }

    private boolean blank(Row row) {
        for (String column : expected) {
            Integer index = columns.get(column);
            if (index != null && !cellText(row.getCell(index)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The text a cell shows: a whole number typed as a number reads without its decimals. */
    static String cellText(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? FORMATTER.formatCellValue(cell).strip()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR";
            default -> "";
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A data row of the sheet, read by column header. */
    final class Line {

        private final Row row;

        private Line(Row row) {
            this.row = row;
        }

        /** The row number as spreadsheet programs show it. */
        int number() {
            return row.getRowNum() + 1;
        }

        Where at(String column) {
            return Where.cell(name, number(), letter(column));
        }

        String text(String column) {
            return value(column, true).orElse("");
        }

        String optionalText(String column) {
            return value(column, false).orElse("");
        }

        int integer(String column, int fallback) {
            Integer value = optionalInteger(column);
            return value == null ? fallback : value;
        }

        @Nullable Integer optionalInteger(String column) {
            Optional<String> text = value(column, false);
            if (text.isEmpty()) {
                return null;
            }
            return parseInteger(text.get(), at(column));
        }

        @Nullable Long optionalLong(String column) {
            Optional<String> text = value(column, false);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Long.parseLong(text.get().strip());
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.at(at(column), "not-a-number", text.get()));
                return null;
            }
        }

        @Nullable Integer parseInteger(String text, Where where) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.at(where, "not-a-number", text));
                return null;
            }
        }

        /** Whether the cell holds anything: an empty cell leaves a field to its default. */
        boolean present(String column) {
            return value(column, false).isPresent();
        }

        boolean bool(String column) {
            Optional<String> text = value(column, false);
            if (text.isEmpty()) {
                return false;
            }
            return switch (text.get().toLowerCase(Locale.ROOT)) {
                case "true", "yes", ExcelLayout.YES -> true;
                case "false", "no", ExcelLayout.NO -> false;
                default -> {
                    problems.add(ImportProblem.at(at(column), "not-a-boolean", text.get()));
                    yield false;
                }
            };
        }

        <E extends Enum<E> & Labelled> E choice(String column, Class<E> type, E fallback) {
            return value(column, true).flatMap(t -> parse(type, t, at(column))).orElse(fallback);
        }

        <E extends Enum<E> & Labelled> E optionalChoice(String column, Class<E> type, E fallback) {
            return value(column, false).flatMap(t -> parse(type, t, at(column))).orElse(fallback);
        }

        <E extends Enum<E> & Labelled> Set<E> choices(String column, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            for (String t : strings(column)) {
                parse(type, t, at(column)).ifPresent(values::add);
            }
            return values;
        }

        /** The values of a list cell, separated by {@code 、}, {@code ,} or {@code ，}. */
        List<String> strings(String column) {
            return value(column, false).map(t -> Arrays.stream(t.split("[、,，]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        }

        <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text, Where where) {
            Optional<E> value = Labelled.parse(type, text);
            if (value.isEmpty()) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Labelled::zh)
                        .collect(Collectors.toCollection(LinkedHashSet::new)).toString();
                problems.add(ImportProblem.at(where, "unknown-value", text, allowed));
            }
            return value;
        }

        private Optional<String> value(String column, boolean required) {
            Integer index = columns.get(column);
            if (index == null) {
                return Optional.empty();
            }
            String text = cellText(row.getCell(index));
            if (text.isEmpty()) {
                if (required) {
                    problems.add(ImportProblem.at(at(column), "required"));
                }
                return Optional.empty();
            }
            return Optional.of(text);
        }
    }
}
