package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.AssessmentFigures.assertFigure;
import static org.onevisit.AssessmentFigures.row;
import static org.onevisit.AssessmentFigures.text;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * 绩效考核, "a month's assessment whose figures match the cases behind them": in November 2026 a department (测试部门
 * TKHA) decides four cases — one at the counter on the next day, one handed in online, one handed in on Friday,
 * accepted on Monday and decided nine working days after its promised deadline, and one instant item (即办件), handed
 * in, decided and picked up the same day: which, like the online one, cost a single visit — and another department
 * (TKHB) one online case on the spot. The applicant rates one case 非常满意 and the late one 不满意, which the department
 * calls back, fixes and answers; a complaint is routed to the department and answered in time; in December the
 * department's supervision group spot-checks half of November's decisions and finds one compliant and one in
 * violation, whose correction is not excused. The assessment of November counts every figure from those cases,
 * scores, grades and ranks the two departments and the officials, and the PDF and Excel reports carry the figures.
 */
@StoryTest
class AssessmentStoryTests {

    private static final String DEPARTMENT = "TKHA";
    private static final String OTHER = "TKHB";
    private static final String ITEM = "XK-TKHA-001";
    private static final String INSTANT = "XK-TKHA-002";
    private static final String OTHER_ITEM = "XK-TKHB-001";

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    Person admin;
    Person clerk;
    Person chief;
    Person otherChief;
    Person head;
    Person inspector;
    Person supervisor;

    @BeforeEach
    void two_departments_their_items_and_officials() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-30");
        admin = api.as("admin", "ADMIN");
        clerk = api.as("clerk", "CLERK");
        admin.upload("/api/v1/catalog/import", "assessment.yaml", ("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department(DEPARTMENT, 9741) + TestCatalogs.department(OTHER, 9742) + "items:\n"
                + TestCatalogs.item(ITEM, "考核测试许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 5)
                + TestCatalogs.item(INSTANT, "考核测试即办", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 0, 0)
                + TestCatalogs.item(OTHER_ITEM, "考核测试许可乙", "ADMINISTRATIVE_LICENCE", OTHER, 20, 5))
                .getBytes(StandardCharsets.UTF_8));
        chief = api.official("tkha-chief", "首席代表（考核甲）", DEPARTMENT, "CHIEF_REPRESENTATIVE", "REVIEWER");
        otherChief = api.official("tkhb-chief", "首席代表（考核乙）", OTHER, "CHIEF_REPRESENTATIVE", "REVIEWER");
        delegate("tkha-chief", ITEM);
        delegate("tkha-chief", INSTANT);
        delegate("tkhb-chief", OTHER_ITEM);
        head = api.official("tkha-head", "部门主要负责人（考核甲）", DEPARTMENT, "DEPARTMENT_HEAD");
        inspector = api.official("tkha-inspector", "监管小组成员（考核甲）", DEPARTMENT, "REVIEWER");
        supervisor = api.official("tkh-supervisor", "监督人员（考核）", null, "SUPERVISOR");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private void delegate(String official, String item) throws Exception {
        if (!admin.get("/api/v1/staff/{u}/delegations/check?item={i}&date={d}", official, item, "2026-10-30")
                .get("delegated").asBoolean()) {
            admin.post("/api/v1/staff/{username}/delegations", body("itemCode", item, "validFrom", "2026-10-30"),
                    official);
        }
    }

    private record Applicant(Person account, String id) {
    }

    private Applicant anApplicant() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", id,
                "name", "钱考核", "phone", "13700003579", "password", "assessment-pass-1")).get("principal").asString();
        clerk.post("/api/v1/applicants/identity-verifications", body("kind", "NATURAL_PERSON", "idNumber", id));
        return new Applicant(api.as(principal, "APPLICANT"), id);
    }

    /** A case of {@code item} handed in on {@code channel} today, by the applicant online or by the clerk: its number. */
    private String handedIn(Applicant applicant, String item, Channel channel) throws Exception {
        String[] materials = clerk.get("/api/v1/intake/materials?item={i}", item).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        var theCase = aCase().of(item).on(channel)
                .withApplicant(aPerson().identifiedBy(applicant.id()).named("钱考核").withPhone("13700003579"))
                .providing(materials);
        return (channel == Channel.COUNTER ? clerk : applicant.account()).submit(theCase).get("number").asString();
    }

    private void accepted(String number) throws Exception {
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
    }

    private void decidedAndPickedUp(Person official, String number, String item) throws Exception {
        official.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, item);
        clerk.post("/api/v1/cases/{n}/delivery/pickup", null, number);
        clerk.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number);
    }

    @Test
    void a_months_assessment_counts_the_cases_behind_it() throws Exception {
        Applicant applicant = anApplicant();

        // Friday 30 October: case C is handed in at the counter (its first visit) but not accepted until Monday.
        String late = handedIn(applicant, ITEM, Channel.COUNTER);
        // Monday 2 November: A at the counter, B online, C accepted at the counter (its second visit).
        MovableClock.CLOCK.setDay("2026-11-02");
        String counter = handedIn(applicant, ITEM, Channel.COUNTER);
        accepted(counter);
        String online = handedIn(applicant, ITEM, Channel.WEB);
        accepted(online);
        accepted(late);
        String otherOnline = handedIn(applicant, OTHER_ITEM, Channel.WEB);
        accepted(otherOnline);
        decidedAndPickedUp(otherChief, otherOnline, OTHER_ITEM);

        // Tuesday 3: A decided, one working day of twenty; Wednesday 4: B, two; A rated 非常满意.
        MovableClock.CLOCK.setDay("2026-11-03");
        decidedAndPickedUp(chief, counter, ITEM);
        MovableClock.CLOCK.setDay("2026-11-04");
        decidedAndPickedUp(chief, online, ITEM);
        applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "VERY_SATISFIED"), counter);
        // Thursday 5: D, an instant item, handed in, accepted and decided at once.
        MovableClock.CLOCK.setDay("2026-11-05");
        String instant = handedIn(applicant, INSTANT, Channel.COUNTER);
        accepted(instant);
        decidedAndPickedUp(chief, instant, INSTANT);

        // A complaint, routed to the department on the 6th and answered by it the same day, in time.
        MovableClock.CLOCK.setDay("2026-11-06");
        String complaint = applicant.account().postOnce(UUID.randomUUID().toString(), "/api/v1/complaints",
                body("channel", "PORTAL", "category", "SERVICE_EFFICIENCY", "text", "考核甲窗口答复含糊。"))
                .get("number").asString();
        JsonNode acceptedComplaint = supervisor.post("/api/v1/complaints/{n}/acceptance", body("version", 0), complaint);
        JsonNode routed = supervisor.post("/api/v1/complaints/{n}/routing",
                body("version", acceptedComplaint.get("version").asLong(), "department", DEPARTMENT), complaint);
        head.post("/api/v1/complaints/{n}/answer", body("version", routed.get("version").asLong(),
                "text", "已核实并向申请人解释。"), complaint);

        // Friday 20: C decided, past its promised deadline (Monday 9), fourteen working days of twenty; rated 不满意,
        // called back, fixed and answered.
        MovableClock.CLOCK.setDay("2026-11-20");
        decidedAndPickedUp(chief, late, ITEM);
        long bad = applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "DISSATISFIED",
                "reasons", List.of("EFFICIENCY"), "comment", "承诺五天，实际拖了三周"), late).get("id").asLong();
        MovableClock.CLOCK.setDay("2026-11-23");
        JsonNode called = chief.post("/api/v1/bad-ratings/{id}/call-back", body("text", "已电话回访。", "version", 0), bad);
        JsonNode fixed = chief.post("/api/v1/bad-ratings/{id}/fix",
                body("text", "审查环节增设时限提醒。", "version", called.get("version").asLong()), bad);
        chief.post("/api/v1/bad-ratings/{id}/feedback",
                body("text", "已增设时限提醒并致歉。", "version", fixed.get("version").asLong()), bad);

        // December: the group spot-checks November at 50 %: two of the four decisions; one 合规, one 违规.
        MovableClock.CLOCK.setDay("2026-12-02");
        long groupVersion = supervisor.get("/api/v1/supervision-groups").valueStream()
                .filter(g -> g.get("department").asString().equals(DEPARTMENT)).mapToLong(g -> g.get("version").asLong())
                .findFirst().orElse(0);
        supervisor.put("/api/v1/supervision-groups/{d}", body("leader", "tkha-head", "members",
                List.of("tkha-inspector"), "version", groupVersion), DEPARTMENT);
        JsonNode check = head.postOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11", "rate", 0.5));
        assertThat(check.get("sample")).hasSize(2);
        long id = check.get("id").asLong();
        JsonNode first = check.get("sample").get(0);
        JsonNode second = check.get("sample").get(1);
        head.post("/api/v1/spot-checks/{id}/findings", body("caseNumber", first.get("caseNumber").asString(), "itemCode",
                first.get("itemCode").asString(), "verdict", "COMPLIANT", "notes", "", "version", 0), id);
        inspector.post("/api/v1/spot-checks/{id}/findings", body("caseNumber", second.get("caseNumber").asString(),
                "itemCode", second.get("itemCode").asString(), "verdict", "VIOLATION", "notes", "超出授权范围",
                "version", 0), id);

        // The assessment of November, by department.
        JsonNode november = supervisor.get("/api/v1/assessment?period=2026-11");
        assertThat(november.get("period").asString()).isEqualTo("2026-11");
        assertThat(november.get("from").asString()).isEqualTo("2026-11-01");
        assertThat(november.get("to").asString()).isEqualTo("2026-11-30");
        JsonNode a = unit(november, DEPARTMENT);
        assertFigure(a, "onTime", 3, 4);
        assertFigure(a, "speed", 1 + 2 + 14, 20 * 3);
        assertFigure(a, "instant", 1, 4);
        // Visits as intake records them: A handed in and picked up on two days (2), B accepted remotely and picked up
        // (1), C handed in, accepted and picked up on three days (3), D handed in and picked up the same day (1).
        for (String n : List.of(counter, online, late, instant)) {
            assertThat(clerk.get("/api/v1/cases/{n}", n).get("visits").size()).isEqualTo(n.equals(late) ? 3
                    : n.equals(counter) ? 2 : 1);
        }
        assertFigure(a, "visitsPerCase", 2 + 1 + 3 + 1, 4);
        assertFigure(a, "oneVisit", 2, 4);
        assertFigure(a, "online", 1, 4);
        assertFigure(a, "goodRatings", 1, 2);
        assertFigure(a, "badRatingsFixed", 1, 1);
        assertThat(a.get("complaints").asInt()).isEqualTo(1);
        assertFigure(a, "complaintsInTime", 1, 1);
        assertFigure(a, "spotCheckCompliance", 1, 2);
        assertThat(a.get("correctionsNotExcused").asInt()).isEqualTo(1);
        // (25×3/4 + 10×(1−17/60) + 5×1/4 + 10×2/4 + 10×1/4 + 15×1/2 + 5 + 5 + 15×1/2) − 5 − 1 = 53.7: 不合格
        assertThat(a.get("score").asDouble()).isEqualTo(53.7);
        assertThat(a.get("grade").asString()).isEqualTo("FAIL");
        assertThat(a.get("gradeName").asString()).isEqualTo("不合格");
        JsonNode b = unit(november, OTHER);
        assertFigure(b, "onTime", 1, 1);
        assertFigure(b, "speed", 0, 20);
        assertFigure(b, "online", 1, 1);
        // (25 + 10 + 0 + 10 + 10) / 60 = 91.7: 优秀, ranked above TKHA
        assertThat(b.get("score").asDouble()).isEqualTo(91.7);
        assertThat(b.get("grade").asString()).isEqualTo("EXCELLENT");
        assertThat(b.get("rank").asInt()).isLessThan(a.get("rank").asInt());

        // The quarter counts the same November, as nothing of TKHA happened in October or December.
        JsonNode quarter = unit(supervisor.get("/api/v1/assessment?period=2026-q4"), DEPARTMENT);
        assertThat(quarter.get("onTime")).isEqualTo(a.get("onTime"));
        assertThat(quarter.get("score").asDouble()).isEqualTo(53.7);

        // By official: the chief's decisions, ratings of the cases decided, findings and corrections; no complaint.
        JsonNode official = unit(supervisor.get("/api/v1/assessment/officials?period=2026-11"), "tkha-chief");
        assertThat(official.get("department").asString()).isEqualTo(DEPARTMENT);
        assertFigure(official, "onTime", 3, 4);
        assertFigure(official, "goodRatings", 1, 2);
        assertFigure(official, "spotCheckCompliance", 1, 2);
        assertThat(official.get("complaints").asInt()).isZero();
        assertThat(official.get("correctionsNotExcused").asInt()).isEqualTo(1);
        // (59.6667 − 5) / 95 × 100 − 5 = 52.5
        assertThat(official.get("score").asDouble()).isEqualTo(52.5);

        // The department's head reads every department, and only their own department's officials.
        assertThat(head.get("/api/v1/assessment?period=2026-11").get("units").size())
                .isEqualTo(november.get("units").size());
        assertThat(head.get("/api/v1/assessment?period=2026-11&by=official").get("units").valueStream()
                .map(u -> u.get("department").asString()).distinct().toList()).containsExactly(DEPARTMENT);
        assertThat(problem("tkha-chief", "/api/v1/assessment?period=2026-11", "REVIEWER").get("status").asInt())
                .isEqualTo(403);

        // Bad periods are clear problems, in Chinese or in English.
        JsonNode badPeriod = problem("tkh-supervisor", "/api/v1/assessment?period=2026-13", "SUPERVISOR");
        assertThat(badPeriod.get("status").asInt()).isEqualTo(400);
        assertThat(badPeriod.get("code").asString()).isEqualTo("assessment-period-invalid");
        assertThat(badPeriod.get("detail").asString()).contains("不是考核期");
        assertThat(problem("tkh-supervisor", "/api/v1/assessment?period=Q4-2026&lang=en", "SUPERVISOR").get("detail")
                .asString()).contains("is not a period");
        assertThat(problem("tkh-supervisor", "/api/v1/assessment/report?period=2026-11&format=doc", "SUPERVISOR")
                .get("code").asString()).isEqualTo("assessment-format-unknown");
        assertThat(problem("tkh-supervisor", "/api/v1/assessment?period=2026-11&by=window", "SUPERVISOR")
                .get("code").asString()).isEqualTo("assessment-by-unknown");
        assertThat(problem("tkh-supervisor", "/api/v1/assessment", "SUPERVISOR").get("status").asInt()).isEqualTo(400);

        // The reports carry the figures.
        // (cells wrap in the PDF's narrow columns: the text is read without its line breaks and spaces)
        byte[] report = supervisor.pdf("/api/v1/assessment/report?period=2026-11&format=pdf");
        // kept for a look at the report as printed
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "assessment-report-2026-11.pdf"), report);
        String pdf = text(report).replaceAll("\\s+", "");
        assertThat(pdf).contains("绩效考核通报", "2026-11", "测试部门TKHA53.7不合格75.0%(3/4)0.28(17/60)25.0%(1/4)"
                + "1.75(7/4)50.0%(2/4)", "测试部门TKHA25.0%(1/4)50.0%(1/2)100.0%(1/1)1100.0%(1/1)50.0%(1/2)1",
                "1测试部门TKHB91.7优秀");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("/api/v1/assessment/report?period=2026-11&format=xlsx")))) {
            List<String> row = row(book.getSheetAt(0), DEPARTMENT);
            List<String> headers = row(book.getSheetAt(0), "考核期");
            assertThat(row.get(headers.indexOf("按时办结件数"))).isEqualTo("3");
            assertThat(row.get(headers.indexOf("办结件数"))).isEqualTo("4");
            assertThat(row.get(headers.indexOf("已用工作日"))).isEqualTo("17");
            assertThat(row.get(headers.indexOf("法定工作日"))).isEqualTo("60");
            assertThat(row.get(headers.indexOf("跑动次数"))).isEqualTo("7");
            assertThat(row.get(headers.indexOf("网办件数"))).isEqualTo("1");
            assertThat(row.get(headers.indexOf("投诉数"))).isEqualTo("1");
            assertThat(row.get(headers.indexOf("抽查合规"))).isEqualTo("1");
            assertThat(row.get(headers.indexOf("纠错(不含容错)"))).isEqualTo("1");
            assertThat(row.get(headers.indexOf("得分"))).isEqualTo("53.7");
            assertThat(row.get(headers.indexOf("等次"))).isEqualTo("不合格");
        }

        // The page shows the same.
        assertThat(supervisor.page("/evaluation/assessment?period=2026-11")).contains("绩效考核", DEPARTMENT, "53.7",
                "不合格", "75.0%");
    }

    private static JsonNode unit(JsonNode assessment, String unit) {
        return assessment.get("units").valueStream().filter(u -> u.get("unit").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " not in " + assessment));
    }

    private JsonNode problem(String username, String path, String role) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Accept-Language", "zh-CN").with(user(username).roles(role)))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private byte[] bytes(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).accept(MediaType.ALL).with(user("tkh-supervisor").roles("SUPERVISOR")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

}
