package org.onevisit.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An answer of a case's one form (申请表) with the field it answers, as the published version the case applies under
 * defines it; pages and the API show it with the field's label.
 *
 * @param value the answer as the case keeps it: a yes/no as {@code true} or {@code false}, a date as {@code yyyy-MM-dd}
 */
public record FormAnswer(@JsonIgnore FormField field, String value) {

    /** The answers of a form, in the order of its fields; fields left unanswered left out. */
    public static List<FormAnswer> of(List<FormField> fields, Map<String, String> form) {
        return fields.stream().filter(f -> form.containsKey(f.key())).map(f -> new FormAnswer(f, form.get(f.key())))
                .toList();
    }

    @JsonProperty
    public String key() {
        return field.key();
    }

    @JsonProperty
    public String label() {
        return field.label();
    }

    @JsonProperty
    public String labelEn() {
        return field.labelEn();
    }

    @JsonProperty
    public FieldType type() {
        return field.type();
    }

    /** The answer as a page shows it: a choice by its English name on English pages, a yes/no in words. */
    public String shown(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (field.type()) {
            case YES_NO -> "true".equals(value) ? (en ? "Yes" : "是") : (en ? "No" : "否");
            case CHOICE -> field.options().stream().filter(o -> o.name().equals(value)).findFirst()
                    .map(o -> o.name(locale)).orElse(value);
            default -> value;
        };
    }

    public String label(Locale locale) {
        return field.label(locale);
    }
}
