package org.onevisit.supervision.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.casework.WatchedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read, acknowledge and answer an alert through the API, and how a wrong request is answered: a department's
 * people read and act on their own alerts, a supervisor reads every alert and acknowledges but does not answer, others
 * are refused; an answer on a stale version, a second answer, an empty answer and an unknown filter are refused in the
 * user's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.class)
class AlertApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JsonMapper json;

    String department;
    String reviewer;
    String head;

    @BeforeEach
    void a_department_with_a_reviewer_and_a_head() {
        department = "ALT" + ThreadLocalRandom.current().nextInt(10000, 99999);
        reviewer = department.toLowerCase(Locale.ROOT) + "-reviewer";
        head = department.toLowerCase(Locale.ROOT) + "-head";
        staff.open(new NewStaffMember(reviewer, "接口审查员", department, Set.of(StaffRole.REVIEWER), "alert-pass-1"));
        staff.open(new NewStaffMember(head, "接口局长", department, Set.of(StaffRole.DEPARTMENT_HEAD), "alert-pass-1"));
    }

    /** An alert of {@code level} on a review step of the department; its view as the supervisor lists it. */
    private JsonNode alert(AlertLevel level) throws Exception {
        String key = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));
        assertThat(AlertTimers.raise(context, new WatchedClock(WatchedClock.Watched.STEP, key, "330999-API-" + key,
                "接口测试事项", department, LocalDate.parse("2026-10-16"), false), level)).isTrue();
        String body = mvc.perform(get("/api/v1/alerts").param("department", department).param("level", level.name())
                        .with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode a : json.readTree(body)) {
            if (a.get("caseNumber").asString().equals("330999-API-" + key)) {
                return a;
            }
        }
        throw new AssertionError("no alert on " + key);
    }

    private static String answer(long version, String text) {
        return "{\"version\": " + version + ", \"answer\": \"" + text + "\"}";
    }

    @Test
    void the_departments_people_read_their_own_alerts_and_a_supervisor_reads_every_one() throws Exception {
        JsonNode warning = alert(AlertLevel.WARNING);
        JsonNode yellow = alert(AlertLevel.YELLOW);
        mvc.perform(get("/api/v1/alerts").with(user(reviewer).roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(warning.get("id").asInt())))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(yellow.get("id").asInt()))));
        mvc.perform(get("/api/v1/alerts").param("state", "raised").with(user(head).roles("DEPARTMENT_HEAD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(yellow.get("id").asInt())))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(warning.get("id").asInt()))));
        mvc.perform(get("/api/v1/alerts").with(user("swj-reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(warning.get("id").asInt()))));
        mvc.perform(get("/api/v1/alerts").with(user("clerk").roles("CLERK"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alerts")).andExpect(status().isUnauthorized());
    }

    @Test
    void only_recipients_acknowledge_and_only_the_departments_answer() throws Exception {
        JsonNode yellow = alert(AlertLevel.YELLOW);
        long id = yellow.get("id").asLong();
        mvc.perform(post("/api/v1/alerts/{id}/acknowledgement", id).with(csrf()).with(user(reviewer).roles("REVIEWER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("alert-not-yours"));
        mvc.perform(post("/api/v1/alerts/{id}/acknowledgement", id).with(csrf()).with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedBy").value("supervisor"));
        mvc.perform(post("/api/v1/alerts/{id}/answer", id).with(csrf()).with(user("supervisor").roles("SUPERVISOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(answer(1, "已知悉")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("alert-not-yours"));
        mvc.perform(post("/api/v1/alerts/{id}/answer", id).with(csrf()).with(user(head).roles("DEPARTMENT_HEAD"))
                        .contentType(MediaType.APPLICATION_JSON).content(answer(1, "已责成审查人员当日办结")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.acknowledgedBy").value("supervisor"))
                .andExpect(jsonPath("$.answeredByName").value("接口局长"));
        mvc.perform(post("/api/v1/alerts/{id}/answer", id).with(csrf()).with(user(head).roles("DEPARTMENT_HEAD"))
                        .contentType(MediaType.APPLICATION_JSON).content(answer(2, "再次回复")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("alert-answered-already"));
        mvc.perform(post("/api/v1/alerts/{id}/acknowledgement", 987654321L).with(csrf()).with(user(head).roles("DEPARTMENT_HEAD")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("alert-not-found"));
    }

    @Test
    void a_stale_empty_or_wrongly_filtered_request_is_refused_in_the_users_language() throws Exception {
        JsonNode warning = alert(AlertLevel.WARNING);
        long id = warning.get("id").asLong();
        mvc.perform(post("/api/v1/alerts/{id}/acknowledgement", id).with(csrf()).with(user(reviewer).roles("REVIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/alerts/{id}/answer", id).with(csrf()).with(user(reviewer).roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content(answer(0, "已出具意见")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("alert-changed"))
                .andExpect(jsonPath("$.detail").value(containsString("刚被他人处理过")));
        mvc.perform(post("/api/v1/alerts/{id}/answer", id).with(csrf()).with(user(reviewer).roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content(answer(1, "  ")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/alerts").param("level", "PURPLE").with(user(reviewer).roles("REVIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("alert-filter-invalid"))
                .andExpect(jsonPath("$.detail").value(containsString("预警级别")));
        mvc.perform(get("/api/v1/alerts").param("state", "LOST").header("Accept-Language", "en")
                        .with(user(reviewer).roles("REVIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("is not a valid state")));
    }
}
