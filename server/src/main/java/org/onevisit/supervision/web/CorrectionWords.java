package org.onevisit.supervision.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Names and times for the corrections' pages, as the templates ask for them. */
public final class CorrectionWords {

    private final SpotCheckWords words;

    CorrectionWords(SpotCheckWords words) {
        this.words = words;
    }

    public String person(@Nullable String username) {
        return username == null ? "" : words.person(username);
    }

    public String time(@Nullable Instant at) {
        return at == null ? "" : words.time(at);
    }

    public String department(String code) {
        return words.department(code);
    }

    public String item(String code) {
        return words.item(code);
    }
}
