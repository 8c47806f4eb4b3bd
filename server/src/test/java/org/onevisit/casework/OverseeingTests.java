package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What supervisors watch: a department's review left past its deadline shows on the overdue list until it is deemed
 * consent, and the month's figures count it as late beside a review answered on time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.class)
class OverseeingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Overseeing overseeing;

    @Autowired
    DeemedConsentTimer timer;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @org.junit.jupiter.api.AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A department of its own, with one item of five promised working days allowing 超时默认, and one reviewer; its code. */
    private String department() {
        int n = ThreadLocalRandom.current().nextInt(20000, 90000);
        String code = "KP" + n;
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(code, n) + "items:\n"
                + TestCatalogs.item("XK-" + code + "-001", "考核测试许可", "ADMINISTRATIVE_LICENCE", code, 20, 5)
                        .replace("\n    resultType:", "\n    deemedConsent: true\n    resultType:");
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        staff.open(new NewStaffMember("reviewer-" + code.toLowerCase(Locale.ROOT), "审查员", code, Set.of(StaffRole.REVIEWER),
                "review-pass-1"));
        return code;
    }

    private ReviewTask openTask(String department) throws InterruptedException {
        String number = intake.submit(aCase().of("XK-" + department + "-001")
                .withApplicant(aPerson().named("吴十").withPhone("13300004444")).providing("M1", "M2").build(), "clerk")
                .number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        // the review plan commits with the acceptance
        return reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).findFirst()
                .orElseThrow(() -> new AssertionError("no review opened for " + number));
    }

    @Test
    void a_late_review_is_overdue_until_deemed_consent_and_the_month_counts_it_late() throws Exception {
        String department = department();
        MovableClock.CLOCK.setDay("2026-10-19");
        ReviewTask answered = openTask(department);
        ReviewTask left = openTask(department);
        assertThat(left.clock().deadline()).isEqualTo(LocalDate.parse("2026-10-26"));

        MovableClock.CLOCK.setDay("2026-10-21");
        reviewing.decide(answered.id(), Opinion.CONSENT, "", "reviewer-" + department.toLowerCase(Locale.ROOT), null);
        assertThat(overseeing.overdue(department, 0, 50)).isEmpty();

        MovableClock.CLOCK.setDay("2026-10-27");
        assertThat(overseeing.overdue(department, 0, 50)).extracting(ReviewTask::id).containsExactly(left.id());
        assertThat(overseeing.overdue(null, 0, 200)).extracting(ReviewTask::id).contains(left.id());
        mvc.perform(get("/api/v1/reviews/overdue").param("department", department).with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value((int) left.id()))
                .andExpect(jsonPath("$[0].light").value("RED"))
                .andExpect(jsonPath("$[0].workingDaysLeft").value(-1));

        timer.deemLateReviewsConsented();
        assertThat(overseeing.overdue(department, 0, 50)).isEmpty();

        DepartmentKpi october = overseeing.month(YearMonth.of(2026, 10)).stream()
                .filter(k -> k.department().equals(department)).findFirst().orElseThrow();
        // Answered on Wednesday 10-21 after two working days; deemed on Tuesday 10-27 after six.
        assertThat(october).isEqualTo(new DepartmentKpi(department, 2, 2, 1, 1, 1, 4.0));
        assertThat(october.onTimeRate()).isEqualTo(0.5);
        assertThat(overseeing.month(YearMonth.of(2026, 9))).noneMatch(k -> k.department().equals(department));
        mvc.perform(get("/api/v1/reviews/kpis").param("month", "2026-10").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.department == '" + department + "')].deemedConsents").value(hasItem(1)));

        // Deemed on Tuesday 10-27, the department owes its real opinion by Wednesday 10-28 (one working day). Not
        // past due on the day itself; past due on Thursday, until it is given.
        MovableClock.CLOCK.setDay("2026-10-28");
        assertThat(overseeing.owedOpinionsPastDue(department, 0, 50)).isEmpty();
        MovableClock.CLOCK.setDay("2026-10-29");
        assertThat(overseeing.owedOpinionsPastDue(department, 0, 50)).extracting(ReviewTask::id).containsExactly(left.id());
        assertThat(overseeing.owedOpinionsPastDue(null, 0, 200)).extracting(ReviewTask::id).contains(left.id());
        mvc.perform(get("/api/v1/reviews/owed-opinions").param("department", department).with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value((int) left.id()))
                .andExpect(jsonPath("$[0].opinionOwedBy").value("2026-10-28"));
        reviewing.giveLateOpinion(left.id(), Opinion.CONSENT, "", "reviewer-" + department.toLowerCase(Locale.ROOT));
        assertThat(overseeing.owedOpinionsPastDue(department, 0, 50)).isEmpty();
    }

    @Test
    void pages_are_numbered_from_zero_and_bounded() {
        assertThatThrownBy(() -> overseeing.overdue(null, -1, 50))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-page-invalid"));
        assertThatThrownBy(() -> overseeing.overdue(null, 0, Overseeing.MAX_PAGE_SIZE + 1))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-page-invalid"));
    }

    @Test
    void a_month_that_is_no_month_is_refused_in_the_users_language() throws Exception {
        mvc.perform(get("/api/v1/reviews/kpis").param("month", "2026-13").with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("casework-month-invalid"))
                .andExpect(jsonPath("$.detail").value(containsString("yyyy-MM")))
                .andExpect(jsonPath("$.detail").value(containsString("月份")));
        mvc.perform(get("/api/v1/reviews/kpis").param("month", "October").header("Accept-Language", "en")
                        .with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("is not a month")));
        mvc.perform(get("/api/v1/reviews/overdue").param("size", "0").header("Accept-Language", "en")
                        .with(user("sup").roles("SUPERVISOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("1 to 200 rows")));
    }

    @Test
    void only_supervisors_coordinators_and_administrators_see_the_overdue_list_and_figures() throws Exception {
        mvc.perform(get("/api/v1/reviews/overdue").with(user("reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reviews/kpis").param("month", "2026-10").with(user("clerk").roles("CLERK")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reviews/overdue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reviews/overdue").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].status").value(not(hasItem("CONSENTED"))));
    }
}
