package org.onevisit.casework;

import java.util.List;
import java.util.Optional;

import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.SpecialProcedureKind;

/**
 * Whether an item of a case is ready to be decided, and if not which rule says no: the one answer that deciding uses
 * to refuse and the pages use to offer the decision. Who may decide is {@link DecisionPolicy}'s.
 */
final class DecisionReadiness {

    private DecisionReadiness() {
    }

    /**
     * After the reviews: not on a case withdrawn or terminated (no decision, so no certificate), only once every
     * department has reviewed the item, and in a bundle only after the items of the earlier stages.
     *
     * @param waitsFor in a bundle, the item of an earlier stage still undecided, if any
     */
    static Optional<CaseworkRefused> toDecide(String caseNumber, HandlingStatus status, String itemCode,
            List<ReviewTask> reviews, Optional<String> waitsFor) {
        if (status.closed()) {
            return Optional.of(CaseworkRefused.rule("casework-case-closed", "Case " + caseNumber + " is " + status
                    + ": nothing is decided", caseNumber, status.name()));
        }
        if (reviews.isEmpty() || reviews.stream().anyMatch(t -> !t.status().done())) {
            return Optional.of(CaseworkRefused.rule("casework-reviews-pending",
                    "Not every department has reviewed item " + itemCode, itemCode));
        }
        return waitsFor.map(first -> CaseworkRefused.rule("casework-decide-in-plan-order",
                "Item " + first + " comes first in the plan and is not decided yet", first, itemCode));
    }

    /**
     * 首席代表当场决定 in the applicant's visit: only on a case whose materials are complete (accepted, not on a 容缺
     * pledge still open, not closed), and not for an item that needs a site inspection or an expert review.
     */
    static Optional<CaseworkRefused> onTheSpot(String caseNumber, HandlingStatus status, String itemCode,
            ItemDetails item) {
        if (status != HandlingStatus.ACCEPTED) {
            return Optional.of(CaseworkRefused.rule("casework-materials-incomplete", "The case's materials are not complete",
                    caseNumber));
        }
        if (item.specialProcedures().stream().anyMatch(p -> p.kind() == SpecialProcedureKind.SITE_INSPECTION
                || p.kind() == SpecialProcedureKind.EXPERT_REVIEW)) {
            return Optional.of(CaseworkRefused.rule("casework-needs-inspection",
                    "Item " + itemCode + " needs a site inspection or an expert review", itemCode));
        }
        return Optional.empty();
    }
}
