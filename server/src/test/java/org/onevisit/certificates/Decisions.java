package org.onevisit.certificates;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Approved items for tests, each with its own case number and holder, since the database is shared. */
final class Decisions {

    static final LocalDate DECIDED_ON = LocalDate.of(2026, 10, 12);

    private Decisions() {
    }

    static String uniqueCaseNumber() {
        return "TC" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    static String uniqueCreditCode() {
        return "91" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    /** A business licence (营业执照) approved for a company, long-term. */
    static Approval businessLicence(String caseNumber, String creditCode) {
        return licence(caseNumber, "XK-SCJG-001", "营业执照", creditCode, "示例市云帆科技有限公司", true, null);
    }

    static Approval licence(String caseNumber, String itemCode, String resultName, String holderIdentifier,
            String holderName, boolean legalPerson, @Nullable LocalDate validUntil) {
        return new Approval(caseNumber, itemCode, "SCJG", "LICENCE", resultName, holderIdentifier, holderName,
                legalPerson, DECIDED_ON, validUntil, "");
    }

    static Approval withResultType(Approval a, String resultType) {
        return new Approval(a.caseNumber(), a.itemCode(), a.department(), resultType, a.resultName(), a.holderIdentifier(),
                a.holderName(), a.holderLegalPerson(), a.decidedOn(), a.validUntil(), a.conditions());
    }
}
