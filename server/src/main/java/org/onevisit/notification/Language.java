package org.onevisit.notification;

import java.util.Locale;

/** The languages messages are written in (ADR 0046): Chinese, the default, and English. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** {@code zh} or {@code en}, as stored. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a stored code; Chinese for anything else. */
    public static Language of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : ZH;
    }
}
