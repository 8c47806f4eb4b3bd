package org.onevisit.intake;

import java.time.LocalDate;

/**
 * The case's deadlines from acceptance on the working-day calendar: the promised one (承诺时限) and the
 * legal one (法定时限); provisional when a year they cross has no published holiday arrangement yet. The legal
 * deadline moves once, by the extension the law allows (《行政许可法》第四十二条), with its approval on record.
 *
 * @param extensionDays the working days the approved extension added to the legal deadline; 0 while none
 * @param extensionNote who approved the extension and why
 */
public record Deadlines(LocalDate promised, LocalDate legal, boolean provisional, int extensionDays, String extensionNote) {

    public Deadlines {
        extensionNote = extensionNote == null ? "" : extensionNote;
    }

    public Deadlines(LocalDate promised, LocalDate legal, boolean provisional) {
        this(promised, legal, provisional, 0, "");
    }

    public boolean extended() {
        return extensionDays > 0;
    }
}
