package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.onevisit.casework.CaseDossierBuilder.ACCEPTED_ON;
import static org.onevisit.casework.CaseDossierBuilder.COMPANY;
import static org.onevisit.casework.CaseDossierBuilder.aDossier;
import static org.onevisit.casework.ReviewTaskBuilder.aReviewTask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseDossier.DecisionTaken;
import org.onevisit.casework.CaseStages.CaseStage;
import org.onevisit.casework.Deciding.Decision;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;

/**
 * A food business applies for its licence (食品经营许可, decided by SCJG, reviewed by SCJG and the fire brigade XF):
 * the lead department decides the item on the case's dossier once the rules of a decision are met, and each refusal
 * names the rule.
 */
class DecidingAnItemTests {

    private static final String LICENCE = "XK-SCJG-001";
    private static final ItemDetails PUBLISHED = CatalogFixtures.anItem("食品经营许可", "SCJG");
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 11, 2);
    private static final Instant DECIDED_AT = Instant.parse("2026-11-02T02:00:00Z");

    private static ReviewTaskBuilder review(String item, String department) {
        return aReviewTask().of(item).by(department);
    }

    private static CaseDossierBuilder licenceCase() {
        return aDossier().ofItem(LICENCE, "SCJG");
    }

    private static Decision approval(String item, String reasons) {
        return new Decision(item, true, reasons, "reviewer-scjg", DECIDED_AT, false);
    }

    private static Decision denial(String item, String reasons) {
        return new Decision(item, false, reasons, "reviewer-scjg", DECIDED_AT, false);
    }

    private static DomainException refusal(ThrowingCallable decision) {
        return catchThrowableOfType(DomainException.class, decision);
    }

    @Test
    void once_every_department_has_consented_the_approval_grants_the_licence_to_the_applicant() {
        CaseDossier dossier = licenceCase().withReview(review(LICENCE, "SCJG").answered(TaskStatus.CONSENTED))
                .withReview(review(LICENCE, "XF").answered(TaskStatus.CONSENTED_WITH_CONDITIONS)).build();

        DecisionTaken taken = dossier.decideItem(approval(LICENCE, "  仅限堂食  "), PUBLISHED, DECIDED_ON);

        assertThat(taken.decision()).isEqualTo(new Decision(LICENCE, true, "仅限堂食", "reviewer-scjg", DECIDED_AT, false));
        assertThat(taken.decided()).isEqualTo(new ItemDecided("N", LICENCE, 1, "食品经营许可", "SCJG", true, "仅限堂食",
                "LICENCE", "许可证", COMPANY.identifier(), COMPANY.name(), true, DECIDED_ON, null));
        assertThat(taken.caseDecided()).as("the case's only item").isTrue();
    }

    @Test
    void a_denial_grants_nothing_and_keeps_its_reasons() {
        CaseDossier dossier = licenceCase().withReview(review(LICENCE, "SCJG").answered(TaskStatus.OBJECTED)).build();

        DecisionTaken taken = dossier.decideItem(denial(LICENCE, "经营场所不符合卫生规范"), PUBLISHED, DECIDED_ON);

        assertThat(taken.decision().reasons()).isEqualTo("经营场所不符合卫生规范");
        assertThat(taken.decided().approved()).isFalse();
        assertThat(taken.decided().conditions()).isEmpty();
    }

    @Test
    void the_case_is_decided_with_its_last_undecided_item() {
        CaseDossierBuilder twoItems = aDossier().ofItem(LICENCE, "SCJG").ofItem("XK-XF-002", "XF")
                .withReview(review(LICENCE, "SCJG").answered(TaskStatus.CONSENTED))
                .withReview(review("XK-XF-002", "XF").answered(TaskStatus.CONSENTED));

        assertThat(twoItems.build().decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON).caseDecided()).isFalse();
        assertThat(twoItems.decided("XK-XF-002").build().decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)
                .caseDecided()).isTrue();
    }

    @Test
    void an_item_the_case_does_not_apply_for_is_not_decided_on_it() {
        DomainException refused = refusal(() -> licenceCase().build().decideItem(approval("XK-OTHER", ""), PUBLISHED,
                DECIDED_ON));

        assertThat(refused.code()).isEqualTo("casework-item-not-in-case");
        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void nothing_is_decided_on_a_case_withdrawn_or_terminated_whatever_else_is_missing() {
        CaseDossier terminated = licenceCase().in(HandlingStatus.TERMINATED)
                .withReview(review(LICENCE, "SCJG").openOn(ACCEPTED_ON, DECIDED_ON)).build();

        assertThat(refusal(() -> terminated.decideItem(denial(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-case-closed");
        assertThat(terminated.readiness(LICENCE)).as("what the review page offers").isPresent();
    }

    @Test
    void an_item_waits_until_every_department_has_reviewed_it() {
        CaseDossier dossier = licenceCase().withReview(review(LICENCE, "SCJG").answered(TaskStatus.CONSENTED))
                .withReview(review(LICENCE, "XF").openOn(ACCEPTED_ON, DECIDED_ON)).build();

        assertThat(refusal(() -> dossier.decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-reviews-pending");
        assertThat(refusal(() -> licenceCase().build().decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .as("an item nobody reviewed").isEqualTo("casework-reviews-pending");
    }

    @Test
    void in_a_bundle_the_items_of_earlier_stages_are_decided_first() {
        CaseDossierBuilder bundle = aDossier().asBundle(new CaseStage("S1", "设立", List.of(), 0),
                new CaseStage("S2", "许可", List.of("S1"), 1)).ofItem("XK-SCJG-000", "SCJG").ofItem(LICENCE, "SCJG")
                .withReview(review("XK-SCJG-000", "SCJG").inStage("S1", 0).answered(TaskStatus.CONSENTED))
                .withReview(review(LICENCE, "SCJG").inStage("S2", 1).answered(TaskStatus.CONSENTED));

        CaseDossier first = bundle.build();
        assertThat(refusal(() -> first.decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-decide-in-plan-order");
        assertThat(first.waitsFor(LICENCE)).contains("XK-SCJG-000");

        assertThat(bundle.decided("XK-SCJG-000").build().decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)
                .caseDecided()).isTrue();
    }

    @Test
    void a_denial_states_its_reasons() {
        CaseDossier dossier = licenceCase().withReview(review(LICENCE, "SCJG").answered(TaskStatus.CONSENTED)).build();

        assertThat(refusal(() -> dossier.decideItem(denial(LICENCE, "  "), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-decision-reasons-missing");
    }

    @Test
    void an_approval_over_an_objection_answers_it_with_reasons_even_an_objection_given_late() {
        CaseDossier objected = licenceCase().withReview(review(LICENCE, "XF").answered(TaskStatus.OBJECTED)).build();
        ReviewTask lateObjection = review(LICENCE, "XF").openOn(ACCEPTED_ON, ACCEPTED_ON.plusDays(7)).build()
                .deemConsent(DECIDED_AT, "超时默认", DECIDED_ON)
                .giveLateOpinion(Opinion.OBJECTION, "消防通道被占用", "reviewer-xf", DECIDED_AT);
        CaseDossier objectedLate = licenceCase().withReview(lateObjection).build();

        assertThat(refusal(() -> objected.decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-decision-reasons-missing");
        assertThat(refusal(() -> objectedLate.decideItem(approval(LICENCE, ""), PUBLISHED, DECIDED_ON)).code())
                .isEqualTo("casework-decision-reasons-missing");
        assertThat(objectedLate.decideItem(approval(LICENCE, "消防通道已清理"), PUBLISHED, DECIDED_ON).decided().approved())
                .isTrue();
    }

    @Test
    void an_item_is_decided_once() {
        CaseDossier dossier = licenceCase().withReview(review(LICENCE, "SCJG").answered(TaskStatus.CONSENTED))
                .decided(LICENCE).build();

        DomainException refused = refusal(() -> dossier.decideItem(denial(LICENCE, "重复"), PUBLISHED, DECIDED_ON));
        assertThat(refused.code()).isEqualTo("casework-item-decided");
        assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
    }
}
