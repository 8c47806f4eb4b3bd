package org.onevisit.intake;

import java.util.List;

import org.onevisit.casework.CaseApplicants;
import org.onevisit.platform.ReadOnly;
import org.springframework.stereotype.Component;

/** For casework's text messages: the phones of every applicant of a case as it was received ({@link Parties#phones()}). */
@Component
class CaseApplicantPhones implements CaseApplicants {

    private final Cases cases;

    CaseApplicantPhones(Cases cases) {
        this.cases = cases;
    }

    @Override
    @ReadOnly
    public List<String> phones(String caseNumber) {
        return cases.find(caseNumber).map(c -> c.parties().phones()).orElse(List.of());
    }
}
