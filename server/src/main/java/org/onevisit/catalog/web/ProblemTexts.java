package org.onevisit.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.catalog.ImportProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the problems of an import or an edit into the user's words, with where each one is. */
@Component
class ProblemTexts {

    /** One problem as pages and the API show it. */
    record ProblemView(String where, String sheet, int row, String column, String path, int line, String code,
            String message) {
    }

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<ProblemView> views(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> view(p, locale)).toList();
    }

    List<Map<String, Object>> asMaps(List<ImportProblem> problems, Locale locale) {
        return views(problems, locale).stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("where", v.where());
            if (!v.sheet().isEmpty()) {
                m.put("sheet", v.sheet());
                m.put("row", v.row());
                m.put("column", v.column());
            } else {
                m.put("path", v.path());
                if (v.line() > 0) {
                    m.put("line", v.line());
                }
            }
            m.put("code", v.code());
            m.put("message", v.message());
            return m;
        }).toList();
    }

    private ProblemView view(ImportProblem p, Locale locale) {
        Object[] args = p.args().toArray();
        String fallback = messages.getMessage("error." + p.code(), args, p.code() + " " + p.args(), locale);
        String message = messages.getMessage("catalog.problem." + p.code(), args, fallback, locale);
        ImportProblem.Where w = p.where();
        String where = w.sheet() != null
                ? messages.getMessage("catalog.problem.cell", new Object[] {w.sheet(), w.row(), w.column()}, w.toString(), locale)
                : w.line() > 0 ? messages.getMessage("catalog.problem.line", new Object[] {w.path(), w.line()}, w.toString(), locale)
                        : w.path();
        return new ProblemView(where, w.sheet() == null ? "" : w.sheet(), w.row(), w.column() == null ? "" : w.column(),
                w.path(), w.line(), p.code(), message);
    }
}
