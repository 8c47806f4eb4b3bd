package org.onevisit.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onevisit.StoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rating API's refusals: problem details with a stable code, in Chinese by default and in English on request. */
@StoryTest
class RatingApiTests {

    private static final String DEMO_APPLICANT = "330999199003071233";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    private JsonNode problem(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        MvcResult result = mvc.perform(request.header("Accept-Language", language)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder rate(String number, String who, String role, String body) {
        return post("/api/v1/cases/{n}/rating", number).with(user(who).roles(role)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void a_member_of_staff_is_refused_in_the_users_language() throws Exception {
        JsonNode zh = problem(rate("330999-2026-999999", "clerk", "CLERK", "{\"grade\": \"SATISFIED\"}"), "zh-CN", 403);
        assertThat(zh.get("code").asString()).isEqualTo("evaluation-staff-cannot-rate");
        assertThat(zh.get("detail").asString()).isEqualTo("评价只能由申请人本人作出，工作人员 clerk 不能评价。");
        JsonNode en = problem(rate("330999-2026-999999", "clerk", "CLERK", "{\"grade\": \"SATISFIED\"}"), "en", 403);
        assertThat(en.get("detail").asString()).isEqualTo("Only the applicant rates a case; clerk, a member of staff, may not.");
    }

    @Test
    void another_or_unknown_case_is_not_found_and_a_rating_needs_its_grade() throws Exception {
        JsonNode en = problem(rate("330999-2026-999999", DEMO_APPLICANT, "APPLICANT", "{\"grade\": \"SATISFIED\"}"),
                "en", 404);
        assertThat(en.get("code").asString()).isEqualTo("evaluation-case-not-found");
        assertThat(en.get("detail").asString()).isEqualTo("There is no case 330999-2026-999999.");
        problem(rate("330999-2026-999999", DEMO_APPLICANT, "APPLICANT", "{\"comment\": \"好\"}"), "zh-CN", 400);
        problem(rate("330999-2026-999999", DEMO_APPLICANT, "APPLICANT", "{\"grade\": \"EXCELLENT\"}"), "en", 400);
    }

    @Test
    void a_month_that_is_not_one_is_refused() throws Exception {
        JsonNode zh = problem(get("/api/v1/ratings?month=2026-13").with(user("supervisor").roles("SUPERVISOR")),
                "zh-CN", 400);
        assertThat(zh.get("code").asString()).isEqualTo("evaluation-month-invalid");
        assertThat(zh.get("detail").asString()).contains("不是月份");
        JsonNode en = problem(get("/api/v1/ratings?month=2026-13").with(user("supervisor").roles("SUPERVISOR")),
                "en", 400);
        assertThat(en.get("detail").asString()).isEqualTo("\"2026-13\" is not a month: write it as yyyy-MM, e.g. 2026-10.");
    }

    @Test
    void an_official_reads_only_their_own_departments_ratings() throws Exception {
        JsonNode en = problem(get("/api/v1/ratings?month=2026-10&department=SCJG")
                .with(user("swj-reviewer").roles("REVIEWER")), "en", 403);
        assertThat(en.get("code").asString()).isEqualTo("evaluation-other-department");
        JsonNode zh = problem(post("/api/v1/bad-ratings/999999/call-back").with(user("scjg-chief")
                .roles("CHIEF_REPRESENTATIVE")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"回访\", \"version\": 0}"), "zh-CN", 404);
        assertThat(zh.get("detail").asString()).isEqualTo("未找到差评 999999。");
    }
}
