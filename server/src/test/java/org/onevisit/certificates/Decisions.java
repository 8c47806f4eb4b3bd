package org.onevisit.certificates;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.onevisit.casework.ItemDecided;

/** Item decisions for tests, each with its own case number and holder, since the database is shared. */
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
    static ItemDecided businessLicence(String caseNumber, String creditCode) {
        return licence(caseNumber, "XK-SCJG-001", "营业执照", creditCode, "示例市云帆科技有限公司", true, null);
    }

    static ItemDecided licence(String caseNumber, String itemCode, String resultName, String holderIdentifier,
            String holderName, boolean legalPerson, @Nullable LocalDate validUntil) {
        return new ItemDecided(caseNumber, itemCode, 1, resultName + "核发", "SCJG", true, "", "LICENCE", resultName,
                holderIdentifier, holderName, legalPerson, DECIDED_ON, validUntil);
    }

    static ItemDecided denied(ItemDecided decided) {
        return new ItemDecided(decided.caseNumber(), decided.itemCode(), decided.itemVersion(), decided.itemName(),
                decided.department(), false, "", decided.resultType(), decided.resultName(), decided.holderIdentifier(),
                decided.holderName(), decided.holderLegalPerson(), decided.decidedOn(), decided.validUntil());
    }

    static ItemDecided withResultType(ItemDecided decided, String resultType) {
        return new ItemDecided(decided.caseNumber(), decided.itemCode(), decided.itemVersion(), decided.itemName(),
                decided.department(), decided.approved(), decided.conditions(), resultType, decided.resultName(),
                decided.holderIdentifier(), decided.holderName(), decided.holderLegalPerson(), decided.decidedOn(),
                decided.validUntil());
    }
}
