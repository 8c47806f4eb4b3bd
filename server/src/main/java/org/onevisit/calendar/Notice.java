package org.onevisit.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The State Council General Office notice that publishes a year's holiday arrangement
 * (国务院办公厅关于某年部分节假日安排的通知), e.g. 国办发明电〔2024〕12号 of 2024-11-12 for 2025.
 *
 * @param title       the notice's title
 * @param reference   its document number (文号), when known
 * @param publishedOn the date the notice was issued, when known
 */
public record Notice(String title, @Nullable String reference, @Nullable LocalDate publishedOn) {

    public static final int TITLE_MAX = 200;
    public static final int REFERENCE_MAX = 100;

    public Notice {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A notice title has 1 to " + TITLE_MAX + " characters");
        }
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new IllegalArgumentException("A notice reference has at most " + REFERENCE_MAX + " characters");
        }
    }
}
