package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A complaint answered (投诉): an applicant complains online on the last working day before 国庆 (2026-09-30) and is
 * told the supervisors decide within 5 working days — 13 October, the holiday and the make-up Saturday counted as the
 * calendar says; a day late it shows as overdue. A supervisor accepts it (a second supervisor on the same version is
 * refused), routes it to 市场监督管理局, whose head answers within 15 working days while another department's chief
 * representative may not; the supervisor closes it with the result, and the applicant has both notices. A 12345
 * referral sent twice is one complaint; problems come in the caller's language.
 */
@StoryTest
class ComplaintStoryTests {

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Notifications notifications;

    Person supervisor;

    @BeforeEach
    void the_day_before_the_national_day() {
        MovableClock.CLOCK.setDay("2026-09-30");
        supervisor = api.as("supervisor", "SUPERVISOR");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private Person anApplicant(String phone) throws Exception {
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber",
                TestIdentities.aResidentIdNumber(), "name", "孙投诉", "phone", phone, "password", "complaint-pass-1"))
                .get("principal").asString();
        return api.as(principal, "APPLICANT");
    }

    /** An applicant's complaint under the idempotency key: 201 the first time, 200 for a retry. */
    private JsonNode complain(String principal, String key, Object request) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/complaints").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request))
                .with(user(principal).roles("APPLICANT"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_complaint_answered() throws Exception {
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber",
                TestIdentities.aResidentIdNumber(), "name", "孙投诉", "phone", "13900009301", "password", "complaint-pass-1"))
                .get("principal").asString();
        Person applicant = api.as(principal, "APPLICANT");
        var request = body("channel", "PORTAL", "category", "SERVICE_EFFICIENCY",
                "text", "窗口让我来回跑了三次才收下材料。");
        String key = UUID.randomUUID().toString();

        JsonNode received = complain(principal, key, request);
        String number = received.get("number").asString();
        assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("acceptanceDue").asString()).as("5 working days after 国庆").isEqualTo("2026-10-13");
        assertThat(received.get("complainant").get("kind").asString()).isEqualTo("ACCOUNT");
        assertThat(complain(principal, key, request).get("number").asString()).as("a retry").isEqualTo(number);

        MovableClock.CLOCK.setDay("2026-10-14");
        JsonNode waiting = supervisor.get("/api/v1/complaints/{n}", number);
        assertThat(waiting.get("overdue").asBoolean()).as("undecided after its 5 working days").isTrue();
        assertThat(waiting.get("complainant").get("name").asString()).as("the account's holder").isEqualTo("孙投诉");
        assertThat(waiting.get("complainant").get("maskedPhone").asString()).isEqualTo("139****9301");

        JsonNode accepted = supervisor.post("/api/v1/complaints/{n}/acceptance", body("version", 0), number);
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        JsonNode twice = api.as("supervisor", "SUPERVISOR").refused("/api/v1/complaints/{n}/acceptance",
                body("version", 0), number);
        assertThat(twice.get("code").asString()).isEqualTo("supervision-complaint-changed");

        JsonNode routed = supervisor.post("/api/v1/complaints/{n}/routing",
                body("version", accepted.get("version").asLong(), "department", "SCJG"), number);
        assertThat(routed.get("answerDue").asString()).as("15 working days").isEqualTo("2026-11-04");
        assertThat(routed.get("departmentName").asString()).contains("市场监督管理局");

        JsonNode notTheirs = api.as("bdc-chief", "CHIEF_REPRESENTATIVE").refused("/api/v1/complaints/{n}/answer",
                body("version", routed.get("version").asLong(), "text", "已处理"), number);
        assertThat(notTheirs.get("code").asString()).isEqualTo("supervision-complaint-forbidden");
        Person head = api.as("scjg-head", "DEPARTMENT_HEAD");
        assertThat(head.get("/api/v1/complaints").toString()).contains(number);
        JsonNode answered = head.post("/api/v1/complaints/{n}/answer", body("version", routed.get("version").asLong(),
                "text", "经核查，窗口人员未一次性告知所缺材料，已批评教育并整改。"), number);
        assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");

        JsonNode closed = supervisor.post("/api/v1/complaints/{n}/closure", body("version",
                answered.get("version").asLong(), "result", "投诉属实，已责令窗口整改，并向您致歉。"), number);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");

        assertThat(applicant.get("/api/v1/complaints/{n}", number).get("result").asString()).contains("已责令窗口整改");
        assertThat(notifications.about(number)).extracting(Notifications.Message::body).containsExactly(
                "您的投诉" + number + "（办事效率）已受理，将转有关部门办理，办结后告知您处理结果。",
                "您的投诉" + number + "（办事效率）已办结，处理结果：投诉属实，已责令窗口整改，并向您致歉。");
        assertThat(applicant.page("/portal/complaints/{n}", number)).contains("已办结", "已责令窗口整改");
        assertThat(anApplicant("13900009302").finds("/api/v1/complaints/{n}", number)).as("another's").isFalse();
    }

    @Test
    void a_12345_referral_sent_twice_is_one_complaint_and_an_anonymous_caller_is_told_nothing() throws Exception {
        String referral = "12345-" + UUID.randomUUID().toString().substring(0, 8);
        var referred = body("channel", "HOTLINE_12345", "category", "SERVICE_ATTITUDE", "text", "来电反映窗口人员态度生硬。",
                "referral", referral, "complainant", body("anonymous", true, "phone", "13900009303"));
        JsonNode first = supervisor.post("/api/v1/complaints", referred);
        JsonNode again = supervisor.post("/api/v1/complaints", referred);

        assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString());
        assertThat(first.get("complainant").get("maskedPhone").asString()).isEqualTo("139****9303");
        supervisor.post("/api/v1/complaints/{n}/acceptance", body("version", 0), first.get("number").asString());
        assertThat(notifications.about(first.get("number").asString())).isEmpty();
    }

    @Test
    void problems_come_in_the_callers_language() throws Exception {
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber",
                TestIdentities.aResidentIdNumber(), "name", "周投诉", "phone", "13900009304", "password", "complaint-pass-1"))
                .get("principal").asString();
        String unknownCase = "{\"channel\":\"PORTAL\",\"category\":\"OTHER\",\"text\":\"办件进度慢\","
                + "\"caseNumber\":\"330999-20260101-99999\"}";
        for (String language : new String[] {"zh-CN", "en"}) {
            MvcResult result = mvc.perform(post("/api/v1/complaints").header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(unknownCase)
                    .with(user(principal).roles("APPLICANT"))).andReturn();
            JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(result.getResponse().getStatus()).isEqualTo(400);
            assertThat(problem.get("code").asString()).isEqualTo("supervision-complaint-case-unknown");
            assertThat(problem.get("detail").asString()).isEqualTo(language.equals("en")
                    ? "Case 330999-20260101-99999 does not exist, or is not yours."
                    : "办件 330999-20260101-99999 不存在，或不是您的办件。");
        }
        MvcResult page = mvc.perform(post("/portal/complaints").param("category", "OTHER").param("text", "办件进度慢")
                .param("caseNumber", "330999-20260101-99999").param("idempotencyKey", UUID.randomUUID().toString())
                .with(csrf()).with(user(principal).roles("APPLICANT"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the form again, with the problem and what was typed")
                .contains("办件 330999-20260101-99999 不存在，或不是您的办件。", "办件进度慢");
        JsonNode clerkOnline = api.as("clerk", "CLERK").refused("/api/v1/complaints", body("channel", "PORTAL",
                "category", "OTHER", "text", "代人投诉"));
        assertThat(clerkOnline.get("code").asString()).isIn("supervision-complaint-idempotency-key-missing",
                "supervision-complaint-channel-forbidden");
    }
}
