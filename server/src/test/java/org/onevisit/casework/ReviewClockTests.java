package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.MovableClock;
import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The clock of a review across days: deemed consent when a deadline passes (超时默认), the clock stopped while the
 * applicant corrects (补正), and an approved extension (《行政许可法》第四十二条).
 */
@SpringBootTest
@Import(MovableClock.class)
class ReviewClockTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    ReviewClock reviewClock;

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
        List<ReviewTask> tasks = reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
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
                .singleElement().satisfies(t -> assertThat(t.answer().by()).isEqualTo("system"));
    }

    private List<ReviewTask> openTasks(String number) throws InterruptedException {
        return reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
    }

    @Test
    void a_correction_request_stops_the_clock_and_an_extension_moves_the_deadline() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        MovableClock.CLOCK.setDay("2026-10-19");
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        ReviewTask trvb = openTasks(number).stream().filter(t -> t.department().equals("TRVB")).findFirst().orElseThrow();
        assertThat(trvb.clock().deadline()).isEqualTo(java.time.LocalDate.parse("2026-11-02"));

        reviewing.decide(trvb.id(), Opinion.CORRECTION, "请补充排水管网平面图；请更正申请表第3项", "reviewer-trvb", null);
        MovableClock.CLOCK.setDay("2026-11-05");
        timer.deemLateReviewsConsented();
        assertThat(reviewing.ofCase(number)).filteredOn(t -> t.id() == trvb.id()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.AWAITING_CORRECTION));

        MovableClock.CLOCK.setDay("2026-10-23");
        ReviewTask resumed = reviewClock.resume(trvb.id(), "reviewer-trvb");
        // Stopped from Monday 10-19 to Friday 10-23: four working days (10-20 … 10-23) are not counted.
        assertThat(resumed.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(resumed.clock().suspendedDays()).isEqualTo(4);
        assertThat(resumed.clock().deadline()).isEqualTo(java.time.LocalDate.parse("2026-11-06"));

        // Two departments review the item: joint handling (第二十六条), so fifteen working days, not ten.
        ReviewTask extended = reviewClock.extend(trvb.id(), "副市长李某", "需组织现场核查", "reviewer-trvb");
        assertThat(extended.clock().deadline()).isEqualTo(java.time.LocalDate.parse("2026-11-27"));
        assertThatThrownBy(() -> reviewClock.extend(trvb.id(), "副市长李某", "再次延长", "reviewer-trvb"))
                .satisfies(e -> assertThat(((org.onevisit.platform.DomainException) e).code()).isEqualTo("casework-extended-already"));
    }

    @Test
    void an_expert_review_suspends_the_clock_with_its_reason_on_record() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        MovableClock.CLOCK.setDay("2026-09-29");
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        ReviewTask trva = openTasks(number).stream().filter(t -> t.department().equals("TRVA")).findFirst().orElseThrow();
        // Ten working days from Tuesday 09-29 across the National Day holiday and the make-up Saturday 10-10.
        assertThat(trva.clock().deadline()).isEqualTo(java.time.LocalDate.parse("2026-10-19"));

        ReviewTask suspended = reviewClock.suspend(trva.id(), org.onevisit.catalog.SpecialProcedureKind.EXPERT_REVIEW,
                "组织专家评审排水方案", "reviewer-trva");
        assertThat(suspended.status()).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(suspended.clock().suspensionReason()).isEqualTo("EXPERT_REVIEW");

        MovableClock.CLOCK.setDay("2026-10-12");
        ReviewTask resumed = reviewClock.resume(trva.id(), "reviewer-trva");
        // Stopped from 09-29 to Monday 10-12: 09-30, 10-08, 10-09, 10-10 and 10-12 were working days, five in all.
        assertThat(resumed.clock().suspendedDays()).isEqualTo(5);
        assertThat(resumed.clock().deadline()).isEqualTo(java.time.LocalDate.parse("2026-10-26"));
    }

    @Autowired
    Deciding deciding;

    @Autowired
    ApplicationContext context;

    @Test
    void a_case_terminated_for_a_broken_pledge_gets_no_decision_even_when_its_reviews_were_in() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        MovableClock.CLOCK.setDay("2026-10-19");
        IntakeCase received = intake.submit(aCase().of(CaseworkFixtures.ITEM)
                .withApplicant(aPerson().named("冯十五").withPhone("13300005555")).providing("M1").build(), "clerk");
        String number = received.number().value();
        IntakeCase pledged = decisions.acceptOnPledge(number, "承诺补交授权委托书",
                new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        for (ReviewTask t : openTasks(number)) {
            String reviewer = t.department().equals("TRVA") ? "reviewer-trva" : "reviewer-trvb";
            reviewing.decide(t.id(), Opinion.CONSENT, "", reviewer, null);
        }

        MovableClock.CLOCK.setDay(pledged.answer().pledge().supplementBy().plusDays(1).toString());
        PledgeTimerRuns.pledgeTimers(context);

        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.TERMINATED);
        assertThatThrownBy(() -> deciding.decide(number, CaseworkFixtures.ITEM, true, "", "reviewer-trva"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-case-closed"));
    }
}
