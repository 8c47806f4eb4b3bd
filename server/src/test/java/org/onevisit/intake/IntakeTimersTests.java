package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The clock of intake, driven by a clock the test moves across the National Day holiday of 2026. */
@SpringBootTest
@Import(MovableClock.class)
class IntakeTimersTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    IntakeTimers timers;

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
    void a_case_nobody_answered_within_five_working_days_is_accepted_from_the_day_of_receipt() {
        MovableClock.CLOCK.setDay("2026-09-29");
        IntakeCase c = received(Map.of());

        // Five working days after Tuesday 09-29: 09-30, then the holiday to 10-07, then 10-08, 10-09, 10-10 (make-up
        // Saturday), 10-12. On 10-12 the counter still has time; on 10-13 the law has accepted the case.
        MovableClock.CLOCK.setDay("2026-10-12");
        timers.deemUnansweredAccepted();
        assertThat(intake.find(c.number().value()).status()).isEqualTo(CaseStatus.RECEIVED);

        MovableClock.CLOCK.setDay("2026-10-13");
        timers.deemUnansweredAccepted();
        IntakeCase deemed = intake.find(c.number().value());
        assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(deemed.dates().deemedAccepted()).isTrue();
        assertThat(deemed.dates().acceptedOn()).isEqualTo(LocalDate.parse("2026-09-29"));
    }
}
