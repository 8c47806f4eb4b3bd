package org.onevisit.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in a catalog document or an edit, where it is and what: in a workbook its sheet, row and
 * column; in YAML its path and line. The text is the message {@code catalog.problem.<code>} with {@code args}.
 */
public record ImportProblem(Where where, String code, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem at(Where where, String code, Object... args) {
        return new ImportProblem(where, code, List.of(args));
    }

    /**
     * A place in a document: {@code sheet}, {@code row} and {@code column} for a workbook (row 1-based, as
     * spreadsheet programs show it), {@code path} and {@code line} for YAML or a form.
     */
    public record Where(@Nullable String sheet, int row, @Nullable String column, String path, int line) {

        public static Where path(String path, int line) {
            return new Where(null, 0, null, path, line);
        }

        public static Where cell(String sheet, int row, String column) {
            return new Where(sheet, row, column, sheet + "!" + column + row, 0);
        }

        @Override
        public String toString() {
            if (sheet != null) {
                return sheet + " row " + row + " column " + column;
            }
            return line > 0 ? path + " (line " + line + ")" : path;
        }
    }
}
