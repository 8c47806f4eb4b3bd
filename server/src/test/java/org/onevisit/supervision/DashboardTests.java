package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.casework.CaseDeadline;
import org.onevisit.casework.DepartmentKpi;
import org.onevisit.casework.DepartmentLights;
import org.onevisit.casework.Light;
import org.onevisit.casework.MonthFigure;
import org.onevisit.casework.Overseeing;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The supervisors' dashboard on a fixed clock: a department's three reviews are red, yellow and green by the working
 * days left; each figure is the count of the rows its drill-down lists, on the page, in the API and in the wall
 * screen's first event; a case near its legal deadline is listed, one further away is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.class)
class DashboardTests {

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
    Dashboard dashboard;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A department of its own with one item: reviews of 5 working days, a legal limit of 20; its code. */
    private String department() {
        int n = ThreadLocalRandom.current().nextInt(20000, 90000);
        String code = "DB" + n;
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(code, n) + "items:\n"
                + TestCatalogs.item("XK-" + code + "-001", "监察测试许可", "ADMINISTRATIVE_LICENCE", code, 20, 5);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        staff.open(new NewStaffMember("reviewer-" + code.toLowerCase(Locale.ROOT), "审查员", code, Set.of(StaffRole.REVIEWER),
                "review-pass-1"));
        return code;
    }

    private ReviewTask openedOn(String day, String department) {
        MovableClock.CLOCK.setDay(day);
        String number = intake.submit(aCase().of("XK-" + department + "-001")
                .withApplicant(aPerson().named("钱七").withPhone("13300005555")).providing("M1", "M2").build(), "clerk")
                .number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).findFirst().orElseThrow();
    }

    private DepartmentLights lightsOf(String department) {
        return overseeing.lights().stream().filter(l -> l.department().equals(department)).findFirst().orElseThrow();
    }

    @Test
    void each_light_counts_the_reviews_its_list_shows_and_the_wall_hears_the_same() throws Exception {
        String department = department();
        ReviewTask red = openedOn("2026-10-19", department);      // due 10-26
        ReviewTask yellow = openedOn("2026-10-21", department);   // due 10-28
        ReviewTask green = openedOn("2026-10-23", department);    // due 10-30
        MovableClock.CLOCK.setDay("2026-10-27");

        assertThat(lightsOf(department)).isEqualTo(new DepartmentLights(department, 1, 1, 1, 0));
        assertThat(overseeing.withLight(Light.RED, department, 0, 50)).extracting(ReviewTask::id).containsExactly(red.id());
        assertThat(overseeing.withLight(Light.YELLOW, department, 0, 50)).extracting(ReviewTask::id).containsExactly(yellow.id());
        assertThat(overseeing.withLight(Light.GREEN, department, 0, 50)).extracting(ReviewTask::id).containsExactly(green.id());

        DashboardFigures figures = dashboard.figures();
        assertThat(figures.overdueReviews()).isEqualTo(
                figures.departments().stream().mapToInt(DepartmentLights::red).sum());
        assertThat(figures.trend()).hasSize(6).last().extracting(MonthTrend::month).isEqualTo(YearMonth.of(2026, 10));

        var supervisor = user("sup").roles("SUPERVISOR");
        mvc.perform(get("/supervision/dashboard").with(supervisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figure=RED&amp;department=" + department)))
                .andExpect(content().string(containsString("逾期未答复")));
        mvc.perform(get("/supervision/dashboard/reviews").param("figure", "RED").param("department", department).with(supervisor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(red.caseNumber())))
                .andExpect(content().string(containsString("已逾期 1 个工作日")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(yellow.caseNumber()))));
        mvc.perform(get("/supervision/dashboard/reviews").param("figure", "purple").with(supervisor))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有“purple”这项数字")));
        mvc.perform(get("/api/v1/supervision/dashboard").with(supervisor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departments[?(@.department == '" + department + "')].red").value(1))
                .andExpect(jsonPath("$.departments[?(@.department == '" + department + "')].yellow").value(1));
        mvc.perform(get("/api/v1/supervision/dashboard").with(user("clerk").roles("CLERK")))
                .andExpect(status().isForbidden());

        MvcResult stream = mvc.perform(get("/supervision/dashboard/stream").with(supervisor))
                .andExpect(request().asyncStarted()).andReturn();
        String first = stream.getResponse().getContentAsString();
        assertThat(first).startsWith("event:figures").containsPattern("\"code\":\"" + department
                + "\",\"name\":\"[^\"]+\",\"green\":1,\"yellow\":1,\"red\":1,\"owed\":0");
    }

    @Test
    void a_months_figures_open_onto_the_reviews_they_count() {
        String department = department();
        openedOn("2026-10-19", department);
        ReviewTask answered = openedOn("2026-10-20", department);
        MovableClock.CLOCK.setDay("2026-10-22");
        reviewing.decide(answered.id(), org.onevisit.casework.Opinion.CONSENT, "", "reviewer-" + department.toLowerCase(Locale.ROOT),
                null);
        MovableClock.CLOCK.setDay("2026-11-03");

        YearMonth october = YearMonth.of(2026, 10);
        DepartmentKpi kpi = overseeing.month(october).stream().filter(k -> k.department().equals(department))
                .findFirst().orElseThrow();
        assertThat(overseeing.behind(MonthFigure.OPENED, october, department, 0, 50)).hasSize(kpi.opened()).hasSize(2);
        assertThat(overseeing.behind(MonthFigure.ANSWERED, october, department, 0, 50)).hasSize(kpi.answered()).hasSize(1);
        assertThat(overseeing.behind(MonthFigure.LATE, october, department, 0, 50)).hasSize(kpi.late()).hasSize(1);
        assertThat(overseeing.behind(MonthFigure.DEEMED_CONSENT, october, department, 0, 50))
                .hasSize(kpi.deemedConsents()).isEmpty();
    }

    @Test
    void a_case_not_yet_decided_shows_once_its_legal_deadline_is_near() throws Exception {
        String department = department();
        ReviewTask near = openedOn("2026-10-19", department);   // legal deadline 20 working days on: 2026-11-16
        ReviewTask later = openedOn("2026-10-23", department);  // 2026-11-20
        MovableClock.CLOCK.setDay("2026-11-13");

        List<CaseDeadline> cases = overseeing.nearLegalDeadline(0, 200);
        assertThat(cases).extracting(CaseDeadline::caseNumber).contains(near.caseNumber()).doesNotContain(later.caseNumber());
        CaseDeadline shown = cases.stream().filter(c -> c.caseNumber().equals(near.caseNumber())).findFirst().orElseThrow();
        assertThat(shown.workingDaysLeft()).isEqualTo(1);
        assertThat(shown.light()).isEqualTo(Light.YELLOW);
        assertThat(overseeing.countNearLegalDeadline()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/supervision/dashboard/cases").with(user("sup").roles("SUPERVISOR")).locale(Locale.CHINA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(overseeing.nearLegalDeadline(0, 50).get(0).caseNumber())));
    }
}
