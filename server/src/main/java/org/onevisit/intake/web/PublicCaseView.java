package org.onevisit.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.IntakeCase;

/** What anyone with a case number and the phone's last four digits may see: no personal data. */
record PublicCaseView(String number, CaseStatus status, String subjectName, String applicant, @Nullable LocalDate receivedOn,
        @Nullable LocalDate acceptedOn, @Nullable LocalDate promisedBy, int visitCount, List<String> deficiencies,
        @Nullable LocalDate pledgeDue) {

    static PublicCaseView of(IntakeCase c) {
        return new PublicCaseView(c.number().value(), c.status(), c.subjectName(),
                c.applicant().maskedName(),
                c.receivedOn(), c.acceptedOn(), c.deadlines() == null ? null : c.deadlines().promised(), c.visitCount(),
                c.deficiencies().stream().map(d -> d.materialName() + "：" + d.problem()).toList(),
                c.pledge() == null || c.complete() ? null : c.pledge().supplementBy());
    }
}
