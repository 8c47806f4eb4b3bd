package org.onevisit.catalog;

import java.util.Locale;

/**
 * One choice of a field of the type {@link FieldType#CHOICE}. The answer a case keeps is {@code name}, the Chinese
 * text, which a published version never changes; {@code nameEn} is what English pages show.
 */
public record FieldOption(String name, String nameEn) {

    public FieldOption {
        name = name.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
