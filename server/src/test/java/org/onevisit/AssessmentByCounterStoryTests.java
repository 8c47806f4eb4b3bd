package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.AssessmentFigures.assertFigure;
import static org.onevisit.AssessmentFigures.row;
import static org.onevisit.AssessmentFigures.text;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.intake.Channel;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * 绩效考核 by counter (窗口), "a case counts for the counter that received it": in November 2026 the administrator
 * seats one clerk at counter T09751 and the other seats themselves at T09752 at the workbench. Case A is handed in and
 * accepted at T09751 and picked up at T09752, which does not move it; case B, an instant item, is handed in, decided
 * and picked up at T09752 the same day; case C is handed in online and accepted remotely, so it belongs to no counter
 * even though its result is picked up at T09751. Then the first clerk rotates to T09752 and hands in case D there. The
 * applicant rates A 非常满意. Every visit names its counter, and the assessment by counter counts A for T09751 and B
 * and D for T09752, with every figure, score, grade and rank, on the API, the page and the reports (ADR 0038).
 */
@StoryTest
class AssessmentByCounterStoryTests {

    private static final String DEPARTMENT = "TKCA";
    private static final String OTHER = "TKCB";
    private static final String FIRST = "T09751";
    private static final String SECOND = "T09752";
    private static final String ITEM = "XK-TKCA-001";
    private static final String INSTANT = "XK-TKCA-002";

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    Person admin;
    Person clerk1;
    Person clerk2;
    Person chief;
    Person supervisor;

    @BeforeEach
    void two_counters_two_clerks_and_a_chief_representative() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-30");
        admin = api.as("admin", "ADMIN");
        admin.upload("/api/v1/catalog/import", "counters.yaml", ("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department(DEPARTMENT, 9751) + TestCatalogs.department(OTHER, 9752) + "items:\n"
                + TestCatalogs.item(ITEM, "窗口考核许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 5)
                + TestCatalogs.item(INSTANT, "窗口考核即办", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 0, 0))
                .getBytes(StandardCharsets.UTF_8));
        clerk1 = api.official("tkc-clerk-1", "窗口考核甲", null, "CLERK");
        clerk2 = api.official("tkc-clerk-2", "窗口考核乙", null, "CLERK");
        chief = api.official("tkc-chief", "首席代表（窗口考核）", DEPARTMENT, "CHIEF_REPRESENTATIVE", "REVIEWER");
        supervisor = api.official("tkc-supervisor", "监督人员（窗口考核）", null, "SUPERVISOR");
        for (String item : List.of(ITEM, INSTANT)) {
            if (!admin.get("/api/v1/staff/{u}/delegations/check?item={i}&date={d}", "tkc-chief", item, "2026-10-30")
                    .get("delegated").asBoolean()) {
                admin.post("/api/v1/staff/{username}/delegations", body("itemCode", item, "validFrom", "2026-10-30"),
                        "tkc-chief");
            }
        }
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private record Applicant(Person account, String id) {
    }

    private Applicant anApplicant() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", id,
                "name", "孙窗口", "phone", "13700004680", "password", "counter-pass-1")).get("principal").asString();
        clerk1.post("/api/v1/applicants/identity-verifications", body("kind", "NATURAL_PERSON", "idNumber", id));
        return new Applicant(api.as(principal, "APPLICANT"), id);
    }

    private String handedIn(Person by, Applicant applicant, String item, Channel channel) throws Exception {
        String[] materials = by.get("/api/v1/intake/materials?item={i}", item).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        var theCase = aCase().of(item).on(channel)
                .withApplicant(aPerson().identifiedBy(applicant.id()).named("孙窗口").withPhone("13700004680"))
                .providing(materials);
        return (channel == Channel.COUNTER ? by : applicant.account()).submit(theCase).get("number").asString();
    }

    private void decidedAndPickedUp(String number, String item, Person pickedUpBy) throws Exception {
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, item);
        pickedUpBy.post("/api/v1/cases/{n}/delivery/pickup", null, number);
        pickedUpBy.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number);
    }

    private List<String> countersOfVisits(String number) throws Exception {
        return clerk1.get("/api/v1/cases/{n}", number).get("visits").valueStream()
                .map(v -> v.has("counter") && !v.get("counter").isNull() ? v.get("counter").asString() : "—").toList();
    }

    @Test
    void a_months_assessment_by_counter_counts_each_case_for_the_counter_that_received_it() throws Exception {
        Applicant applicant = anApplicant();
        // Monday 2 November: the administrator seats the first clerk; the second seats themselves at the workbench.
        MovableClock.CLOCK.setDay("2026-11-02");
        mvc.perform(post("/admin/staff/{u}/counter", "tkc-clerk-1").param("counter", FIRST).with(csrf())
                .with(user("admin").roles("ADMIN"))).andExpect(redirectedUrl("/admin/staff"));
        mvc.perform(post("/staff/counter/seat").param("counter", SECOND).with(csrf())
                .with(user("tkc-clerk-2").roles("CLERK"))).andExpect(redirectedUrl("/staff/counter"));
        assertThat(clerk2.page("/staff/counter")).contains(SECOND + "号窗口 测试窗口");

        String a = handedIn(clerk1, applicant, ITEM, Channel.COUNTER);
        clerk1.post("/api/v1/cases/{n}/acceptance", null, a);
        String b = handedIn(clerk2, applicant, INSTANT, Channel.COUNTER);
        clerk2.post("/api/v1/cases/{n}/acceptance", null, b);
        decidedAndPickedUp(b, INSTANT, clerk2);
        String c = handedIn(clerk1, applicant, ITEM, Channel.WEB);
        clerk1.post("/api/v1/cases/{n}/acceptance", null, c);

        // Tuesday 3: A decided and picked up at the other counter; C decided and picked up at the first counter.
        MovableClock.CLOCK.setDay("2026-11-03");
        decidedAndPickedUp(a, ITEM, clerk2);
        decidedAndPickedUp(c, ITEM, clerk1);
        applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "VERY_SATISFIED"), a);

        // Wednesday 4: the first clerk rotates to the second counter and hands D in there; Thursday 5: D decided.
        MovableClock.CLOCK.setDay("2026-11-04");
        mvc.perform(post("/staff/counter/seat").param("counter", SECOND).with(csrf())
                .with(user("tkc-clerk-1").roles("CLERK"))).andExpect(redirectedUrl("/staff/counter"));
        String d = handedIn(clerk1, applicant, ITEM, Channel.COUNTER);
        clerk1.post("/api/v1/cases/{n}/acceptance", null, d);
        MovableClock.CLOCK.setDay("2026-11-05");
        decidedAndPickedUp(d, ITEM, clerk2);

        // Every visit names the counter its clerk sat at; the case page shows it.
        assertThat(countersOfVisits(a)).containsExactly(FIRST, SECOND);
        assertThat(countersOfVisits(b)).containsExactly(SECOND);
        assertThat(countersOfVisits(c)).containsExactly(FIRST);
        assertThat(countersOfVisits(d)).containsExactly(SECOND, SECOND);
        assertThat(clerk1.page("/staff/counter/cases/{n}", a)).contains(FIRST + "号窗口", SECOND + "号窗口");

        JsonNode november = supervisor.get("/api/v1/assessment?period=2026-11&by=counter");
        assertThat(november.get("by").asString()).isEqualTo("counter");
        assertThat(november.get("units").valueStream().map(u -> u.get("unit").asString()))
                .contains(FIRST, SECOND);
        // T09751: A only (C was accepted online: no counter's). Decided the next day, one working day of twenty, on
        // time; two visits (handing in, picking up at the other counter); rated 非常满意.
        JsonNode first = unit(november, FIRST);
        assertThat(first.get("department").asString()).isEqualTo(DEPARTMENT);
        assertFigure(first, "onTime", 1, 1);
        assertFigure(first, "speed", 1, 20);
        assertFigure(first, "instant", 0, 1);
        assertFigure(first, "visitsPerCase", 2, 1);
        assertFigure(first, "oneVisit", 0, 1);
        assertFigure(first, "online", 0, 0);
        assertFigure(first, "goodRatings", 1, 1);
        assertFigure(first, "spotCheckCompliance", 0, 0);
        assertThat(first.get("complaints").asInt()).isZero();
        assertThat(first.get("correctionsNotExcused").asInt()).isZero();
        // (25×1 + 10×(1−1/20) + 5×0 + 10×0 + 15×1) ÷ 65 = 76.2: 合格
        assertThat(first.get("score").asDouble()).isEqualTo(76.2);
        assertThat(first.get("grade").asString()).isEqualTo("PASS");
        // T09752: B (instant, one visit) and D (one working day; handed in and picked up: two visits).
        JsonNode second = unit(november, SECOND);
        assertThat(second.get("department").asString()).isEqualTo(OTHER);
        assertFigure(second, "onTime", 2, 2);
        assertFigure(second, "speed", 1, 20);
        assertFigure(second, "instant", 1, 2);
        assertFigure(second, "visitsPerCase", 3, 2);
        assertFigure(second, "oneVisit", 1, 2);
        assertFigure(second, "online", 0, 0);
        assertFigure(second, "goodRatings", 0, 0);
        // (25×1 + 10×0.95 + 5×0.5 + 10×0.5) ÷ 50 = 84.0: 良好, ranked above T09751
        assertThat(second.get("score").asDouble()).isEqualTo(84.0);
        assertThat(second.get("grade").asString()).isEqualTo("GOOD");
        assertThat(second.get("rank").asInt()).isLessThan(first.get("rank").asInt());

        // The page and the reports say the same.
        assertThat(supervisor.page("/evaluation/assessment?period=2026-11&by=counter")).contains("按窗口",
                FIRST + " 测试窗口", "76.2", "84.0", "合格", "良好");
        String pdf = text(bytes("/api/v1/assessment/report?period=2026-11&format=pdf&by=counter"))
                .replaceAll("\\s+", "");
        assertThat(pdf).contains("按窗口统计", SECOND + "测试窗口（测试部门" + OTHER + "）84.0良好",
                FIRST + "测试窗口（测试部门" + DEPARTMENT + "）76.2合格100.0%(1/1)0.05(1/20)0.0%(0/1)2.00(2/1)0.0%(0/1)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("/api/v1/assessment/report?period=2026-11&format=xlsx&by=counter")))) {
            List<String> headers = row(book.getSheetAt(0), "考核期");
            List<String> row = row(book.getSheetAt(0), SECOND);
            assertThat(headers.get(2)).isEqualTo("窗口");
            assertThat(row.get(headers.indexOf("办结件数"))).isEqualTo("2");
            assertThat(row.get(headers.indexOf("跑动次数"))).isEqualTo("3");
            assertThat(row.get(headers.indexOf("得分"))).isEqualTo("84");
        }
    }

    private static JsonNode unit(JsonNode assessment, String unit) {
        return assessment.get("units").valueStream().filter(u -> u.get("unit").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " not in " + assessment));
    }

    private byte[] bytes(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).accept(MediaType.ALL).with(user("tkc-supervisor").roles("SUPERVISOR")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

}
