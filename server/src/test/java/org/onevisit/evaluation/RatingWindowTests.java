package org.onevisit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.casework.CaseHandling;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.RatedCases;
import org.onevisit.intake.Refusal;
import org.onevisit.intake.TimedItem;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The rating window runs from the case's end — the moment it was refused at the counter or terminated in casework —
 * on a clock the test moves: rateable to the last second of the 30 days after, not after; the pad handed over late
 * does not reopen it.
 */
@SpringBootTest
@Import(MovableClock.class)
class RatingWindowTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CaseHandling handling;

    @Autowired
    RatedCases cases;

    @Autowired
    Evaluation evaluation;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        TimedItem.load(catalog);
    }

    @AfterEach
    void the_clock_goes_back() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Test
    void a_refused_case_is_rated_within_thirty_days_of_its_refusal_and_not_after() {
        MovableClock.CLOCK.setDay("2026-10-19");
        IntakeCase received = TimedItem.received(intake, Map.of());
        String number = received.number().value();
        MovableClock.CLOCK.setDay("2026-10-21");
        Instant refusedAt = MovableClock.CLOCK.instant();
        decisions.refuse(number, new Refusal("不属于本机关职权范围", "市自然资源局", "可依法申请行政复议或者提起行政诉讼"),
                new Act("clerk", Channel.COUNTER, received.version()));

        assertThat(cases.find(number).endedAt()).isEqualTo(refusedAt);
        MovableClock.CLOCK.setDay("2026-11-20");
        assertThat(evaluation.rateable(number)).isTrue();
        MovableClock.CLOCK.setDay("2026-11-21");
        assertThat(evaluation.rateable(number)).isFalse();
        assertThatThrownBy(() -> evaluation.handPad(number, "clerk")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("evaluation-window-closed");
    }

    @Test
    void a_terminated_case_is_rated_within_thirty_days_of_its_termination_not_of_its_acceptance() {
        String chief = "ttim-chief-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        staff.open(new NewStaffMember(chief, "时限首席", "TTIM", Set.of(StaffRole.CHIEF_REPRESENTATIVE), "window-pass-1"));
        MovableClock.CLOCK.setDay("2026-10-19");
        IntakeCase received = TimedItem.received(intake, Map.of("M1", MaterialStatus.PROVIDED,
                "M2", MaterialStatus.PROVIDED));
        String number = received.number().value();
        decisions.accept(number, new Act("clerk", Channel.COUNTER, received.version()));
        MovableClock.CLOCK.setDay("2026-11-02");
        Instant terminatedAt = MovableClock.CLOCK.instant();
        handling.terminate(number, "申请人所申请事项的法定依据已废止", chief);

        assertThat(cases.find(number).endedAt()).isEqualTo(terminatedAt);
        MovableClock.CLOCK.setDay("2026-12-02");
        assertThat(evaluation.rateable(number)).isTrue();
        MovableClock.CLOCK.setDay("2026-12-03");
        assertThat(evaluation.rateable(number)).isFalse();
    }
}
