package org.onevisit.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The decision (审批决定) on one item of a case. An approval of an item whose result is a licence issues an
 * e-certificate (电子证照) to the applicant.
 *
 * @param approved whether the item was approved (with or without conditions)
 * @param conditions the conditions attached to an approval, empty when none
 * @param resultType the catalog's result type of the item, e.g. {@code LICENCE}
 * @param resultName what the applicant receives, e.g. 营业执照
 * @param holderIdentifier the applicant's resident ID number or credit code
 */
public record ItemDecided(String caseNumber, String itemCode, int itemVersion, String itemName, String department,
        boolean approved, String conditions, String resultType, String resultName, String holderIdentifier,
        String holderName, boolean holderLegalPerson, LocalDate decidedOn, @Nullable LocalDate validUntil) {

    /** Shows nothing personal, should the event be logged. */
    @Override
    public String toString() {
        return "ItemDecided[" + caseNumber + ", " + itemCode + ", " + (approved ? "approved" : "denied") + "]";
    }
}
