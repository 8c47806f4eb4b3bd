package org.onevisit.intake.web;

import org.onevisit.intake.ApplicationForms;
import org.onevisit.intake.IntakeCase;
import org.springframework.stereotype.Component;

/** Cases as the API shows them, each with the answers of its one form labelled by the catalog's fields. */
@Component
class CaseViews {

    private final ApplicationForms forms;

    CaseViews(ApplicationForms forms) {
        this.forms = forms;
    }

    CaseView of(IntakeCase c) {
        return CaseView.of(c, forms.answers(c));
    }
}
