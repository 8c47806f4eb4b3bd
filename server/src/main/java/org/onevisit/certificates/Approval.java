package org.onevisit.certificates;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An approved item of a case, as the certificate register needs it to issue the item's e-certificate (电子证照) when its
 * result is a licence.
 *
 * @param resultType the catalog's result type of the item, e.g. {@code LICENCE}
 * @param resultName what the applicant receives, e.g. 营业执照
 * @param holderIdentifier the applicant's resident ID number or credit code
 * @param conditions the conditions attached to the approval, empty when none
 */
public record Approval(String caseNumber, String itemCode, String department, String resultType, String resultName,
        String holderIdentifier, String holderName, boolean holderLegalPerson, LocalDate decidedOn,
        @Nullable LocalDate validUntil, String conditions) {

    /** Shows nothing personal, should it be logged. */
    @Override
    public String toString() {
        return "Approval[" + caseNumber + ", " + itemCode + "]";
    }
}
