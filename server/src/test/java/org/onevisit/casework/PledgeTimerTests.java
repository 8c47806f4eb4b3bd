package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.TimedItem;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The clock of a 容缺 pledge, driven by a clock the test moves across the National Day holiday of 2026: the reminder
 * goes out once before the deadline, and a pledge not kept by then ends the case.
 */
@SpringBootTest
@Import(MovableClock.class)
class PledgeTimerTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    PledgeTimer timers;

    @Autowired
    CaseHandling handling;

    @Autowired
    Notifications notifications;

    @Autowired
    CatalogEditing catalog;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        TimedItem.load(catalog);
    }

    private IntakeCase received(Map<String, MaterialStatus> materials) {
        return TimedItem.received(intake, materials);
    }

    @Test
    void a_pledge_is_reminded_before_its_deadline_and_a_broken_one_ends_the_case() {
        MovableClock.CLOCK.setDay("2026-09-29");
        IntakeCase c = received(Map.of("M1", MaterialStatus.PROVIDED));
        IntakeCase pledged = decisions.acceptOnPledge(c.number().value(), "本人承诺补交授权委托书",
                new Act("clerk", Channel.COUNTER, null));
        // Promised 10 working days less 2: 8 working days after 09-29 is 10-15; the reminder goes out on 10-13.
        assertThat(pledged.answer().pledge().supplementBy()).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(pledged.answer().pledge().remindOn()).isEqualTo(LocalDate.parse("2026-10-13"));

        MovableClock.CLOCK.setDay("2026-10-13");
        timers.remindPledges();
        timers.remindPledges();
        assertThat(notifications.about(c.number().value())).filteredOn(m -> m.kind().equals("pledge-reminder")).hasSize(1);

        MovableClock.CLOCK.setDay("2026-10-15");
        timers.terminateBrokenPledges();
        assertThat(intake.find(c.number().value()).status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);

        MovableClock.CLOCK.setDay("2026-10-16");
        timers.terminateBrokenPledges();
        IntakeCase ended = intake.find(c.number().value());
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.answer().closingNote()).isEqualTo("容缺承诺逾期未补交，终止办理");
        assertThat(handling.find(c.number().value()).orElseThrow().status()).isEqualTo(HandlingStatus.TERMINATED);
        assertThat(notifications.about(c.number().value())).extracting(Notifications.Message::kind).contains("terminated");
    }
}
