package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.onevisit.platform.Limits;

/**
 * A field of an item's application form (申请表字段): what the applicant answers once for the whole case (一表申请),
 * e.g. 企业名称 or 不动产坐落. A bundle's form is the union of its items' fields: a key two items declare is one
 * field, as the first of them in the bundle's order defines it, required when any of them requires it (ADR 0026).
 *
 * @param key the field's stable identifier, as clients send answers: a lower-case letter, then letters and digits
 * @param options the choices of a {@link FieldType#CHOICE} field, none for the other types
 * @param hint a short help text shown under the input, may be empty
 */
public record FormField(String key, String label, String labelEn, FieldType type, boolean required, FieldLimits limits,
        List<FieldOption> options, String hint, String hintEn) {

    /** The form of a field's key. */
    public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");
    /** The longest label and the longest hint. */
    static final int LABEL = 50;
    static final int HINT = 200;
    /** The most choices of a list. */
    static final int OPTIONS = 30;

    public FormField {
        key = key.strip();
        label = label.strip();
        labelEn = labelEn == null ? "" : labelEn.strip();
        limits = limits == null ? FieldLimits.NONE : limits;
        options = options == null ? List.of() : List.copyOf(options);
        hint = hint == null ? "" : hint.strip();
        hintEn = hintEn == null ? "" : hintEn.strip();
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && !labelEn.isBlank() ? labelEn : label;
    }

    public String hint(Locale locale) {
        return "en".equals(locale.getLanguage()) && !hintEn.isBlank() ? hintEn : hint;
    }

    /** The field's one form as a bundle of these items asks it: each key once, the first definition, required if any. */
    public static List<FormField> union(List<ItemDetails> items) {
        Map<String, FormField> byKey = new LinkedHashMap<>();
        items.stream().flatMap(d -> d.formFields().stream()).forEach(f -> byKey.merge(f.key(), f,
                (first, later) -> later.required() && !first.required() ? first.asRequired() : first));
        return List.copyOf(byKey.values());
    }

    private FormField asRequired() {
        return new FormField(key, label, labelEn, type, true, limits, options, hint, hintEn);
    }

    /** The problems of an item's fields, each at {@code formFields[i].…}: malformed fields, a key declared twice. */
    static List<ImportProblem> check(List<FormField> fields, Function<String, ImportProblem.Where> at) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            String prefix = "formFields[" + i + "].";
            if (!KEY.matcher(f.key()).matches()) {
                problems.add(ImportProblem.at(at.apply(prefix + "key"), "form-field-key-format", f.key()));
            } else if (!keys.add(f.key())) {
                problems.add(ImportProblem.at(at.apply(prefix + "key"), "duplicate-form-field", f.key()));
            }
            if (f.label().isBlank()) {
                problems.add(ImportProblem.at(at.apply(prefix + "label"), "required"));
            }
            if (f.label().length() > LABEL || f.labelEn().length() > LABEL * 2) {
                problems.add(ImportProblem.at(at.apply(prefix + "label"), "too-long", LABEL));
            }
            if (f.hint().length() > HINT || f.hintEn().length() > HINT * 2) {
                problems.add(ImportProblem.at(at.apply(prefix + "hint"), "too-long", HINT));
            }
            checkOptions(f, prefix, at, problems);
            checkLimits(f, prefix, at, problems);
        }
        return problems;
    }

    private static void checkOptions(FormField f, String prefix, Function<String, ImportProblem.Where> at,
            List<ImportProblem> problems) {
        if (f.type() == FieldType.CHOICE && f.options().isEmpty()) {
            problems.add(ImportProblem.at(at.apply(prefix + "options"), "form-field-options-missing", f.key()));
        } else if (f.type() != FieldType.CHOICE && !f.options().isEmpty()) {
            problems.add(ImportProblem.at(at.apply(prefix + "options"), "form-field-options-unexpected", f.key()));
        }
        Set<String> names = new HashSet<>();
        boolean malformed = f.options().size() > OPTIONS || f.options().stream().anyMatch(o -> o.name().isBlank()
                || !names.add(o.name()) || o.name().length() > LABEL || o.nameEn().length() > LABEL * 2
                || (o.name() + o.nameEn()).chars().anyMatch(c -> c == ';' || c == '|'));
        if (malformed) {
            problems.add(ImportProblem.at(at.apply(prefix + "options"), "form-field-options-invalid", f.key()));
        }
    }

    private static void checkLimits(FormField f, String prefix, Function<String, ImportProblem.Where> at,
            List<ImportProblem> problems) {
        FieldLimits l = f.limits();
        Integer maxLength = l.maxLength();
        if (maxLength != null && (maxLength < 1 || maxLength > Limits.TEXT
                || !(f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT))) {
            problems.add(ImportProblem.at(at.apply(prefix + "maxLength"), "form-field-limit-invalid", f.key()));
        }
        Long min = l.min();
        Long max = l.max();
        if ((min != null || max != null) && f.type() != FieldType.NUMBER
                || min != null && max != null && min > max) {
            problems.add(ImportProblem.at(at.apply(prefix + "min"), "form-field-limit-invalid", f.key()));
        }
    }

    /** The choices as one column stores them: {@code name|nameEn}, separated by semicolons. */
    public static String encodeOptions(List<FieldOption> options) {
        return String.join(";", options.stream().map(o -> o.name() + "|" + o.nameEn()).toList());
    }

    public static List<FieldOption> decodeOptions(@org.jspecify.annotations.Nullable String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split("[;；]")).filter(p -> !p.isBlank()).map(p -> p.split("\\|", 2))
                .map(p -> new FieldOption(p[0], p.length > 1 ? p[1] : "")).toList();
    }
}
