package org.onevisit.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A closed set of catalog values with the Chinese label centres use and an English one. */
public interface Labelled {

    /** The value's names in Chinese and English. */
    record Names(String zh, String en) {
    }

    Names names();

    default String zh() {
        return names().zh();
    }

    default String en() {
        return names().en();
    }

    default String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en() : zh();
    }

    /** The constant of {@code type} named by its constant name or by its Chinese label, as people type them. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t) || e.zh().equals(t) || e.en().equalsIgnoreCase(t))
                .findFirst();
    }
}
