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
        var answer = c.answer();
        return new PublicCaseView(c.number().value(), c.status(), c.application().subjectName(),
                c.parties().applicant().maskedName(), c.dates().receivedOn(), c.dates().acceptedOn(),
                answer.deadlines() == null ? null : answer.deadlines().promised(), c.visitCount(),
                answer.deficiencies().stream().map(d -> d.materialName() + "：" + d.problem()).toList(),
                answer.pledge() == null || c.complete() ? null : answer.pledge().supplementBy());
    }
}
