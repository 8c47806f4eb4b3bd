package org.onevisit.kiosk;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.IntakeCase;

/**
 * What a kiosk shows and prints of a case: the public status (办件进度) and no more than the status page shows, the
 * applicant's name masked. Kept in the kiosk's session, so Serializable (docs/adr/0050).
 */
public record KioskCaseView(String number, CaseStatus status, String subjectName, String applicant,
        @Nullable LocalDate receivedOn, @Nullable LocalDate acceptedOn, @Nullable LocalDate promisedBy, int visitCount)
        implements Serializable {

    static KioskCaseView of(IntakeCase c) {
        var deadlines = c.answer().deadlines();
        return new KioskCaseView(c.number().value(), c.status(), c.application().subjectName(),
                c.parties().applicant().maskedName(), c.dates().receivedOn(), c.dates().acceptedOn(),
                deadlines == null ? null : deadlines.promised(), c.visitCount());
    }
}
