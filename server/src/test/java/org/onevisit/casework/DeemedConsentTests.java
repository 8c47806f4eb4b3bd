package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.MovableClock;
import org.onevisit.people.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** 超时默认: a department that lets its deadline pass is deemed to consent, flagged, and the case moves on. */
@SpringBootTest
@Import(MovableClock.class)
class DeemedConsentTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    DeemedConsentTimer timer;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Test
    void a_review_left_past_its_deadline_is_deemed_consent_and_the_lead_can_decide() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        MovableClock.CLOCK.setDay("2026-10-19");
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        List<ReviewTask> tasks = List.of();
        for (int i = 0; i < 200 && tasks.size() < 2; i++) {
            tasks = reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
            Thread.sleep(50);
        }
        ReviewTask trva = tasks.stream().filter(t -> t.department().equals("TRVA")).findFirst().orElseThrow();
        reviewing.decide(trva.id(), Opinion.CONSENT, "", "reviewer-trva", null);

        MovableClock.CLOCK.setDay("2026-11-02");
        timer.deemLateReviewsConsented();
        assertThat(reviewing.ofCase(number)).extracting(ReviewTask::status)
                .containsExactlyInAnyOrder(TaskStatus.CONSENTED, TaskStatus.OPEN);

        MovableClock.CLOCK.setDay("2026-11-03");
        timer.deemLateReviewsConsented();
        timer.deemLateReviewsConsented();
        assertThat(reviewing.ofCase(number)).extracting(ReviewTask::status)
                .containsExactlyInAnyOrder(TaskStatus.CONSENTED, TaskStatus.DEEMED_CONSENT);
        assertThat(reviewing.ofCase(number)).filteredOn(t -> t.status() == TaskStatus.DEEMED_CONSENT)
                .singleElement().satisfies(t -> assertThat(t.decidedBy()).isEqualTo("system"));
    }
}
