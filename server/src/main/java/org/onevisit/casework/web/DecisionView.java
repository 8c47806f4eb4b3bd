package org.onevisit.casework.web;

import java.time.LocalDate;

import org.onevisit.casework.ItemDecided;
import org.onevisit.platform.PersonalData;

/** A decision as the API answers it: a natural person's ID number masked, a company's credit code in full. */
record DecisionView(String caseNumber, String itemCode, int itemVersion, String itemName, String department, boolean approved,
        String conditions, String resultName, String holder, String holderIdentifier, LocalDate decidedOn) {

    static DecisionView of(ItemDecided d) {
        return new DecisionView(d.caseNumber(), d.itemCode(), d.itemVersion(), d.itemName(), d.department(), d.approved(),
                d.conditions(), d.resultName(), d.holderLegalPerson() ? d.holderName() : PersonalData.name(d.holderName()),
                d.holderLegalPerson() ? d.holderIdentifier() : PersonalData.idNumber(d.holderIdentifier()), d.decidedOn());
    }
}
