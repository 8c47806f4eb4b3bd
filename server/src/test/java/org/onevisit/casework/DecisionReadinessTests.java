package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.casework.ReviewTaskBuilder.aReviewTask;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.platform.DomainException;

/** When an item is ready to be decided: the rule deciding refuses with and the review page offers by. */
class DecisionReadinessTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);
    private static final ReviewTask CONSENTED = aReviewTask().answered(TaskStatus.CONSENTED).build();
    private static final ReviewTask OPEN = aReviewTask().by("E").openOn(MONDAY, MONDAY).build();

    private static Optional<String> code(Optional<CaseworkRefused> refusal) {
        return refusal.map(DomainException::code);
    }

    @Test
    void an_item_is_ready_once_every_review_is_in_and_every_earlier_item_of_its_bundle_is_decided() {
        assertThat(DecisionReadiness.toDecide("N", HandlingStatus.ACCEPTED, "A", List.of(CONSENTED), Optional.empty())).isEmpty();
        assertThat(code(DecisionReadiness.toDecide("N", HandlingStatus.ACCEPTED, "A", List.of(CONSENTED, OPEN), Optional.empty())))
                .contains("casework-reviews-pending");
        assertThat(code(DecisionReadiness.toDecide("N", HandlingStatus.ACCEPTED, "A", List.of(), Optional.empty())))
                .contains("casework-reviews-pending");
        assertThat(code(DecisionReadiness.toDecide("N", HandlingStatus.ACCEPTED, "B", List.of(CONSENTED), Optional.of("A"))))
                .contains("casework-decide-in-plan-order");
    }

    @Test
    void nothing_is_decided_on_a_case_withdrawn_or_terminated() {
        assertThat(code(DecisionReadiness.toDecide("N", HandlingStatus.TERMINATED, "A", List.of(CONSENTED), Optional.empty())))
                .contains("casework-case-closed");
    }

    @Test
    void on_the_spot_only_with_every_material_in_and_without_an_inspection_or_expert_review() {
        ItemDetails plain = CatalogFixtures.anItem("食品经营许可", "SCJG");
        ItemDetails inspected = withProcedure(plain, SpecialProcedureKind.SITE_INSPECTION);

        assertThat(DecisionReadiness.onTheSpot("N", HandlingStatus.ACCEPTED, "A", plain)).isEmpty();
        assertThat(code(DecisionReadiness.onTheSpot("N", HandlingStatus.ACCEPTED_ON_PLEDGE, "A", plain)))
                .contains("casework-materials-incomplete");
        assertThat(code(DecisionReadiness.onTheSpot("N", HandlingStatus.ACCEPTED, "A", inspected)))
                .contains("casework-needs-inspection");
    }

    private static ItemDetails withProcedure(ItemDetails d, SpecialProcedureKind kind) {
        return new ItemDetails(d.name(), d.nameEn(), d.type(), d.department(), d.jointDepartments(), d.servedParty(),
                d.lifeEvents(), d.legalLimit(), d.promisedLimit(), d.limitsIllustrative(), d.requiredVisits(),
                d.visitsReason(), d.onlineDepth(), d.expressAllowed(), d.fees(), d.legalBasis(), d.acceptanceConditions(),
                List.of(new SpecialProcedure(kind, null, "")), d.deemedConsent(), d.resultType(), d.resultName(),
                d.materials());
    }
}
