package org.onevisit.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.IntakeCase;

/**
 * What the public status page shows of a case to whoever knows its number and the phone's last four digits:
 * the progress, never personal data in full (a person's name as 张*, the ID number masked).
 */
record StatusView(String number, CaseStatus status, String subjectName, String applicant, String identifier,
        @Nullable LocalDate receivedOn, @Nullable LocalDate acceptedOn, @Nullable LocalDate promisedBy,
        @Nullable LocalDate legalBy, boolean provisional, boolean deemedAccepted, int visitCount,
        List<String> deficiencies, @Nullable LocalDate pledgeDue) {

    static StatusView of(IntakeCase c) {
        var a = c.parties().applicant();
        var dates = c.dates();
        var answer = c.answer();
        var d = answer.deadlines();
        return new StatusView(c.number().value(), c.status(), c.application().subjectName(),
                a.maskedName(), a.maskedIdentifier(), dates.receivedOn(), dates.acceptedOn(),
                d == null ? null : d.promised(), d == null ? null : d.legal(), d != null && d.provisional(),
                dates.deemedAccepted(), c.visitCount(),
                c.status() == CaseStatus.AWAITING_SUPPLEMENT || c.status() == CaseStatus.RECEIVED
                        ? answer.deficiencies().stream().map(x -> x.materialName() + "：" + x.problem()).toList()
                        : List.of(),
                answer.pledge() == null || c.complete() ? null : answer.pledge().supplementBy());
    }
}
