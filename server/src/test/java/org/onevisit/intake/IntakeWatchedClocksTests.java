package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.casework.WatchedClock;
import org.onevisit.casework.WatchedClock.Watched;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.supervision.alerts.AlertTimers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counter's clocks that supervision watches (预警纠错 on intake): a received case's answer due within five working
 * days of receipt, across the National Day holiday of 2026 on a clock the test moves; the reminder on its deadline's
 * day, the yellow card the day after even though the law has accepted the case meanwhile; no clock while the applicant
 * supplements; a new clock from the day the supplement made the materials complete; a pre-check's answer.
 */
@SpringBootTest
@Import(MovableClock.class)
class IntakeWatchedClocksTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    IntakeTimers timers;

    @Autowired
    IntakeWatchedClocks clocks;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.onevisit.people.ApplicantAccounts applicants;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService logins;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        TimedItem.load(catalog);
    }

    private List<WatchedClock> of(String number, LocalDate horizon) {
        return clocks.dueBy(horizon).stream().filter(c -> c.caseNumber().equals(number)).toList();
    }

    private List<String> alerts(String number) {
        return jdbc.sql("SELECT watched || ':' || level FROM supervision_alert WHERE case_number = ? ORDER BY id")
                .param(number).query(String.class).list();
    }

    @Test
    void an_unanswered_case_is_reminded_on_its_deadline_and_carded_the_day_after_though_the_law_accepted_it() {
        MovableClock.CLOCK.setDay("2026-09-29");
        String number = TimedItem.received(intake, Map.of()).number().value();

        // Five working days after Tuesday 09-29: 09-30, the holiday, 10-08, 10-09, 10-10 (make-up Saturday), 10-12.
        assertThat(of(number, LocalDate.parse("2026-10-09"))).isEmpty();
        assertThat(of(number, LocalDate.parse("2026-10-12"))).singleElement().satisfies(c -> {
            assertThat(c.watched()).isEqualTo(Watched.INTAKE);
            assertThat(c.key()).isEqualTo(number + "@2026-09-29");
            assertThat(c.deadline()).isEqualTo(LocalDate.parse("2026-10-12"));
            assertThat(c.department()).isEqualTo("TTIM");
            assertThat(c.itemName()).isEqualTo("时限测试事项");
            assertThat(c.stopped()).isFalse();
            assertThat(c.handler()).as("the clerk who received it owes the answer").isEqualTo("clerk");
        });

        MovableClock.CLOCK.setDay("2026-10-12");
        AlertTimers.raiseDueAlerts(context);
        assertThat(alerts(number)).containsExactly("INTAKE:WARNING");
        // The reminder goes to the clerk who received the case, as its handler, not to the department's reviewers.
        assertThat(jdbc.sql("""
                SELECT r.username || ':' || r.responsibility FROM supervision_alert_recipient r
                JOIN supervision_alert a ON a.id = r.alert_id WHERE a.case_number = ? AND r.responsibility = 'HANDLER'""")
                .param(number).query(String.class).list()).containsExactly("clerk:HANDLER");

        MovableClock.CLOCK.setDay("2026-10-13");
        timers.deemUnansweredAccepted();
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.ACCEPTED);
        AlertTimers.raiseDueAlerts(context);
        AlertTimers.raiseDueAlerts(context);
        assertThat(alerts(number)).containsExactly("INTAKE:WARNING", "INTAKE:YELLOW");
    }

    @Test
    void no_clock_runs_while_the_applicant_supplements_and_a_new_one_from_the_day_the_materials_are_complete() {
        MovableClock.CLOCK.setDay("2026-11-02");
        IntakeCase received = TimedItem.received(intake, Map.of("M2", MaterialStatus.PROVIDED));
        String number = received.number().value();
        decisions.notifyDeficiencies(number, List.of(new Deficiency("M1", "", "未提交")),
                new Act("clerk", Channel.COUNTER, received.version()));
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(of(number, LocalDate.parse("2026-12-31"))).isEmpty();
    }

    @Test
    void an_online_pre_check_waits_for_the_clerks_remarks_within_the_same_working_days() {
        MovableClock.CLOCK.setDay("2026-11-02");
        String id = org.onevisit.people.TestIdentities.aResidentIdNumber();
        applicants.register(new org.onevisit.people.ApplicantRegistration(org.onevisit.people.ApplicantKind.NATURAL_PERSON,
                id, "孙八", "13500002222", null, "watch-pass-1"));
        String account = logins.loadUserByUsername(id).getUsername();
        String number = intake.submit(CaseBuilder.aCase().of(TimedItem.CODE).on(Channel.WEB).preCheck(true)
                .byAccount(account).withApplicant(ApplicantBuilder.aPerson().identifiedBy(id).named("孙八")
                        .withPhone("13500002222")).build(), account)
                .number().value();
        assertThat(of(number, LocalDate.parse("2026-11-09"))).singleElement().satisfies(c -> {
            assertThat(c.watched()).isEqualTo(Watched.PRE_CHECK);
            assertThat(c.handler()).as("no clerk has it yet: the department's reviewers").isNull();
            assertThat(c.deadline()).isEqualTo(LocalDate.parse("2026-11-09"));
        });
    }
}
