package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.intake.Channel;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * 好差评, "a 差评 fixed and called back": a company licence is decided on the spot and picked up on Monday 19 October
 * 2026; the text message that says so carries a one-time link to rate it. The applicant rates it 不满意 (办事效率) on the
 * portal instead — once: a second rating, a member of staff's and another applicant's are refused, and the link is
 * used up. The bad rating goes to 市场监督管理局, due in 15 working days (Monday 9 November); another department may not
 * touch it and the steps go in order: the department calls the applicant back, fixes it and answers, and the applicant
 * gets the answer by text message. The month's figures count it as fixed. Another bad rating, never handled, is
 * overdue on 10 November; the department appeals it as malicious and a supervisor upholds the appeal: it leaves the
 * figures and stays on record.
 */
@StoryTest
class BadRatingStoryTests {

    private static final String ITEM = "XK-SCJG-001";
    private static final Pattern LINK = Pattern.compile("/rate/([A-Za-z0-9_-]{43})");

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    Person clerk;
    Person chief;
    Person taxOfficial;
    Person supervisor;

    @BeforeEach
    void the_centre_is_open() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        clerk = api.as("clerk", "CLERK");
        chief = api.as("scjg-chief", "CHIEF_REPRESENTATIVE", "REVIEWER");
        taxOfficial = api.as("swj-reviewer", "REVIEWER");
        supervisor = api.as("supervisor", "SUPERVISOR");
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
                "name", "孙评价", "phone", "13700002468", "password", "rating-pass-1")).get("principal").asString();
        clerk.post("/api/v1/applicants/identity-verifications", body("kind", "NATURAL_PERSON", "idNumber", id));
        return new Applicant(api.as(principal, "APPLICANT"), id);
    }

    private String acceptedCaseOf(Applicant applicant) throws Exception {
        String[] all = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = applicant.account().submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(applicant.id()).named("孙评价").withPhone("13700002468"))
                .providing(all)).get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        return number;
    }

    private String completedCaseOf(Applicant applicant) throws Exception {
        String number = acceptedCaseOf(applicant);
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        clerk.post("/api/v1/cases/{n}/delivery/pickup", null, number);
        clerk.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number);
        return number;
    }

    private JsonNode badRatingOf(String number) throws Exception {
        return chief.get("/api/v1/bad-ratings?department=SCJG").valueStream()
                .filter(b -> b.get("rating").get("caseNumber").asString().equals(number)).findFirst().orElseThrow();
    }

    private JsonNode month() throws Exception {
        return supervisor.get("/api/v1/ratings?month=2026-10&department=SCJG");
    }

    @Test
    void a_bad_rating_is_called_back_fixed_and_answered() throws Exception {
        Applicant applicant = anApplicant();
        Applicant other = anApplicant();
        String number = acceptedCaseOf(applicant);
        JsonNode before = month();

        // A case still under review has nothing to rate yet.
        JsonNode early = applicant.account().refused("/api/v1/cases/{n}/rating", body("grade", "SATISFIED"), number);
        assertThat(early.get("code").asString()).isEqualTo("evaluation-case-not-ended");
        assertThat(early.get("detail").asString()).contains("尚未办结");

        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        clerk.post("/api/v1/cases/{n}/delivery/pickup", null, number);
        clerk.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number);

        // 办结: the text message carries a one-time link to rate the service.
        JsonNode invitation = applicant.account().get("/api/v1/me/messages").valueStream()
                .filter(m -> m.get("kind").asString().equals("rating")).findFirst().orElseThrow();
        assertThat(invitation.get("caseNumber").asString()).isEqualTo(number);
        Matcher link = LINK.matcher(invitation.get("text").asString());
        assertThat(link.find()).isTrue();
        assertThat(page("/rate/" + link.group(1))).contains(number, "不满意", "办事效率");

        // Only the applicant rates it: not a clerk, not another applicant.
        assertThat(clerk.refused("/api/v1/cases/{n}/rating", body("grade", "VERY_SATISFIED"), number).get("code")
                .asString()).isEqualTo("evaluation-staff-cannot-rate");
        assertThat(other.account().refused("/api/v1/cases/{n}/rating", body("grade", "VERY_SATISFIED"), number)
                .get("status").asInt()).isEqualTo(404);
        // A bad rating says what it is about, with the online indicators.
        assertThat(applicant.account().refused("/api/v1/cases/{n}/rating", body("grade", "DISSATISFIED"), number)
                .get("code").asString()).isEqualTo("evaluation-reasons-missing");
        assertThat(applicant.account().refused("/api/v1/cases/{n}/rating", body("grade", "DISSATISFIED",
                "reasons", List.of("SERVICE_ATTITUDE")), number).get("code").asString())
                .isEqualTo("evaluation-indicator-not-of-channel");

        JsonNode rated = applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "DISSATISFIED",
                "reasons", List.of("EFFICIENCY"), "comment", "领取时排队太久"), number);
        assertThat(rated.get("grade").asString()).isEqualTo("DISSATISFIED");
        assertThat(rated.get("stars").asInt()).isEqualTo(2);
        assertThat(rated.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(rated.get("department").asString()).isEqualTo("SCJG");
        assertThat(rated.get("applicant").asString()).isEqualTo("孙**");
        long id = rated.get("id").asLong();

        // Once a case: a second rating is refused, and the text message's link is used up with it.
        assertThat(applicant.account().refused("/api/v1/cases/{n}/rating", body("grade", "VERY_SATISFIED"), number)
                .get("code").asString()).isEqualTo("evaluation-already-rated");
        assertThat(page("/rate/" + link.group(1))).contains("已经评价过").doesNotContain("提交评价");

        // Assigned to the department, due in 15 working days.
        JsonNode assigned = badRatingOf(number);
        assertThat(assigned.get("step").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("dueOn").asString()).isEqualTo("2026-11-09");
        assertThat(assigned.get("overdue").asBoolean()).isFalse();
        assertThat(taxOfficial.refused("/api/v1/bad-ratings/{id}/call-back",
                body("text", "已回访", "version", 0), id).get("code").asString()).isEqualTo("evaluation-not-the-department");
        assertThat(chief.refused("/api/v1/bad-ratings/{id}/fix", body("text", "已整改", "version", 0), id).get("code")
                .asString()).isEqualTo("evaluation-wrong-step");

        // Tuesday: called back; Thursday: fixed; Friday: the applicant is told.
        MovableClock.CLOCK.setDay("2026-10-20");
        JsonNode called = chief.post("/api/v1/bad-ratings/{id}/call-back",
                body("text", "电话回访申请人：领取窗口排队约40分钟。", "version", 0), id);
        assertThat(called.get("step").asString()).isEqualTo("CALLED_BACK");
        assertThat(called.get("callBack").get("by").asString()).isEqualTo("scjg-chief");
        assertThat(chief.refused("/api/v1/bad-ratings/{id}/fix", body("text", "晚了一步", "version", 0), id).get("code")
                .asString()).isEqualTo("evaluation-changed-meanwhile");
        MovableClock.CLOCK.setDay("2026-10-22");
        JsonNode fixed = chief.post("/api/v1/bad-ratings/{id}/fix",
                body("text", "领取高峰时段增开一个出证窗口。", "version", called.get("version").asLong()), id);
        assertThat(fixed.get("step").asString()).isEqualTo("FIXED");
        MovableClock.CLOCK.setDay("2026-10-23");
        JsonNode answered = chief.post("/api/v1/bad-ratings/{id}/feedback",
                body("text", "已在领取高峰时段增开出证窗口", "version", fixed.get("version").asLong()), id);
        assertThat(answered.get("step").asString()).isEqualTo("FEEDBACK_SENT");
        assertThat(answered.get("overdue").asBoolean()).isFalse();
        JsonNode told = applicant.account().get("/api/v1/me/messages").valueStream()
                .filter(m -> m.get("kind").asString().equals("rating-feedback")).findFirst().orElseThrow();
        assertThat(told.get("text").asString()).contains(number, "市场监督管理局", "已在领取高峰时段增开出证窗口");
        assertThat(told.get("phone").asString()).isEqualTo("137****2468");

        // The month's figures: one more bad rating, and it is fixed; the applicant masked in the list.
        JsonNode after = month();
        assertThat(after.get("bad").asInt()).isEqualTo(before.get("bad").asInt() + 1);
        assertThat(after.get("fixed").asInt()).isEqualTo(before.get("fixed").asInt() + 1);
        assertThat(after.get("grades").get("DISSATISFIED").asInt())
                .isEqualTo(before.get("grades").get("DISSATISFIED").asInt() + 1);
        assertThat(after.get("ratings").valueStream().filter(r -> r.get("caseNumber").asString().equals(number))
                .findFirst().orElseThrow().get("applicant").asString()).isEqualTo("孙**");
        assertThat(mvc.perform(get("/api/v1/ratings?month=2026-10&department=SCJG")
                .with(user("swj-reviewer").roles("REVIEWER"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        String published = api.anyone().page("/ratings?month=2026-10");
        assertThat(published).contains("示例市市场监督管理局", "差评整改率").doesNotContain(number).doesNotContain("孙*");
    }

    @Test
    void a_bad_rating_left_alone_is_overdue_and_a_malicious_one_is_excluded_on_appeal() throws Exception {
        Applicant applicant = anApplicant();
        String number = completedCaseOf(applicant);
        long id = applicant.account().post("/api/v1/cases/{n}/rating", body("grade", "VERY_DISSATISFIED",
                "reasons", List.of("OVERALL")), number).get("id").asLong();
        JsonNode before = month();

        MovableClock.CLOCK.setDay("2026-11-09");
        assertThat(badRatingOf(number).get("overdue").asBoolean()).isFalse();
        MovableClock.CLOCK.setDay("2026-11-10");
        JsonNode overdue = badRatingOf(number);
        assertThat(overdue.get("overdue").asBoolean()).isTrue();

        // The department holds it malicious; nobody but a supervisor decides, and the handling waits meanwhile.
        JsonNode appealed = chief.post("/api/v1/bad-ratings/{id}/appeal",
                body("text", "申请人当日已当场办结领证，评价内容与事实不符。", "version", overdue.get("version").asLong()), id);
        assertThat(appealed.get("appeal").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(chief.refused("/api/v1/bad-ratings/{id}/appeal-decision", body("upheld", true, "note", "成立",
                "version", appealed.get("version").asLong()), id).get("code").asString())
                .isEqualTo("evaluation-not-a-supervisor");
        assertThat(chief.refused("/api/v1/bad-ratings/{id}/call-back", body("text", "回访", "version",
                appealed.get("version").asLong()), id).get("code").asString()).isEqualTo("evaluation-appeal-pending");

        JsonNode decided = supervisor.post("/api/v1/bad-ratings/{id}/appeal-decision", body("upheld", true,
                "note", "经核查录像，申诉成立。", "version", appealed.get("version").asLong()), id);
        assertThat(decided.get("step").asString()).isEqualTo("EXCLUDED");
        assertThat(decided.get("overdue").asBoolean()).isFalse();
        assertThat(decided.get("rating").get("excluded").asBoolean()).isTrue();

        // Kept on record, out of the figures.
        JsonNode after = month();
        assertThat(after.get("excluded").asInt()).isEqualTo(before.get("excluded").asInt() + 1);
        assertThat(after.get("bad").asInt()).isEqualTo(before.get("bad").asInt() - 1);
        assertThat(after.get("ratings").valueStream().anyMatch(r -> r.get("caseNumber").asString().equals(number)
                && r.get("excluded").asBoolean())).isTrue();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_link_in_the_text_message_rates_the_case_once_without_signing_in() throws Exception {
        Applicant applicant = anApplicant();
        String number = completedCaseOf(applicant);
        Matcher link = LINK.matcher(applicant.account().get("/api/v1/me/messages").valueStream()
                .filter(m -> m.get("kind").asString().equals("rating")).findFirst().orElseThrow().get("text").asString());
        assertThat(link.find()).isTrue();

        assertThat(postLink(link.group(1), "")).contains("请选择一个评价等级", "提交评价");
        assertThat(postLink(link.group(1), "VERY_SATISFIED")).contains("感谢您的评价", "非常满意");
        assertThat(postLink(link.group(1), "SATISFIED")).contains("评价链接无效、已使用或已过期");
        assertThat(page("/rate/" + "A".repeat(43))).contains("评价链接无效、已使用或已过期");

        JsonNode rating = month().get("ratings").valueStream()
                .filter(r -> r.get("caseNumber").asString().equals(number)).findFirst().orElseThrow();
        assertThat(rating.get("channel").asString()).isEqualTo("SMS");
        assertThat(rating.get("grade").asString()).isEqualTo("VERY_SATISFIED");
        assertThat(applicant.account().refused("/api/v1/cases/{n}/rating", body("grade", "SATISFIED"), number)
                .get("code").asString()).isEqualTo("evaluation-already-rated");
    }

    /** Posts the rating form behind a link, as the applicant's phone does. */
    private String postLink(String token, String grade) throws Exception {
        return mvc.perform(post("/rate/{t}", token).param("grade", grade).header("Accept-Language", "zh-CN")
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
