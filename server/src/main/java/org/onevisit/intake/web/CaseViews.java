package org.onevisit.intake.web;

import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.springframework.stereotype.Component;

/** Cases as the API shows them, each with the answers of its one form labelled by the catalog's fields. */
@Component
class CaseViews {

    private final Intake intake;

    CaseViews(Intake intake) {
        this.intake = intake;
    }

    CaseView of(IntakeCase c) {
        return CaseView.of(c, intake.answersOf(c));
    }
}
