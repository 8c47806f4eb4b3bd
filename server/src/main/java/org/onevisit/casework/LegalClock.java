package org.onevisit.casework;

import java.time.LocalDate;

/**
 * The case's deadlines from acceptance on the working-day calendar: the promised one (承诺时限) and the legal one
 * (法定时限), provisional when a year they cross has no published holiday arrangement yet. The legal deadline moves
 * once, by the extension the law allows (《行政许可法》第四十二条), with its approval on record.
 *
 * @param deemedAccepted accepted by law because nobody answered within five working days
 * @param extensionDays the working days the approved extension added to the legal deadline; 0 while none
 * @param extensionNote who approved the extension and why
 */
public record LegalClock(LocalDate acceptedOn, boolean deemedAccepted, LocalDate promised, LocalDate legal,
        boolean provisional, int extensionDays, String extensionNote) {

    public boolean extended() {
        return extensionDays > 0;
    }

    /** The first approved extension moves the legal deadline; a later one, for another review, leaves it. */
    LegalClock extendedTo(LocalDate newLegal, int days, String note) {
        return extended() ? this : new LegalClock(acceptedOn, deemedAccepted, promised, newLegal, provisional, days, note);
    }
}
