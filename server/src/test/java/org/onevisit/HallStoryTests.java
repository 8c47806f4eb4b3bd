package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * 预约 to a case with one visit: on Monday 2 November 2026 an applicant books the 10:00 slot of Tuesday at the HS
 * counters for an item through the API (a retry under the same Idempotency-Key books nothing more) and is told by text
 * message. On Tuesday a walk-in takes a ticket at the door at 09:30, the applicant checks in at 09:40 and, at 10:05,
 * the clerk at HS01 calls: the appointment comes first in its slot. The receive form opens filled in from the
 * appointment (name, ID number, the item), and the case it receives counts one visit, at HS01, and names the ticket.
 */
@StoryTest
class HallStoryTests {

    static final String DEPARTMENT = "HSD";
    static final String ITEM = "XK-HSD-001";

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    Person admin;
    Person clerk;

    @BeforeEach
    void a_department_with_two_hs_counters_and_a_clerk_seated_at_one() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-02");
        admin = api.as("admin", "ADMIN");
        admin.upload("/api/v1/catalog/import", "hall.yaml", ("format: onevisit-catalog/1\ndepartments:\n"
                + hallDepartment(DEPARTMENT, 9801, "HS") + "items:\n"
                + TestCatalogs.item(ITEM, "大厅预约测试许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 5))
                .getBytes(StandardCharsets.UTF_8));
        clerk = api.official("hs-clerk", "叫号测试甲", null, "CLERK");
        mvc.perform(post("/staff/counter/seat").param("counter", "HS01").with(csrf())
                .with(user("hs-clerk").roles("CLERK"))).andExpect(redirectedUrl("/staff/counter"));
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A department of the test catalog with two counters of the type {@code letters}: letters01 and letters02. */
    static String hallDepartment(String code, int n, String letters) {
        return TestCatalogs.department(code, n).replace("T%05d".formatted(n), letters + "01")
                + "      - number: " + letters + "02\n        name: 测试窗口二\n";
    }

    @Test
    void an_appointment_booked_checked_in_called_and_received_into_a_case_with_one_visit() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", id,
                "name", "钱预约", "phone", "13700009801", "password", "hall-pass-1")).get("principal").asString();
        Person applicant = api.as(principal, "APPLICANT");

        JsonNode slots = api.anyone().get("/api/v1/hall/slots?type=HS&date=2026-11-03");
        assertThat(slots.get("open").asBoolean()).isTrue();
        assertThat(slots.get("slots").valueStream().map(s -> s.get("start").asString()))
                .contains("09:00", "10:00", "13:30", "16:30").doesNotContain("12:00", "17:00");

        String key = UUID.randomUUID().toString();
        JsonNode booked = applicant.postOnce(key, "/api/v1/appointments",
                body("type", "HS", "date", "2026-11-03", "start", "10:00", "subject", ITEM));
        JsonNode again = applicant.postOnce(key, "/api/v1/appointments",
                body("type", "HS", "date", "2026-11-03", "start", "10:00", "subject", ITEM));
        assertThat(again.get("id").asString()).isEqualTo(booked.get("id").asString());
        String reference = booked.get("reference").asString();
        assertThat(notifications.about(reference)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("2026-11-03 10:00", reference));
        assertThat(applicant.get("/api/v1/me/appointments").valueStream().map(a -> a.get("status").asString()))
                .containsExactly("BOOKED");
        assertThat(api.anyone().get("/api/v1/hall/slots?type=HS&date=2026-11-03").get("slots").valueStream()
                .filter(s -> s.get("start").asString().equals("10:00")).findFirst().orElseThrow().get("booked").asInt())
                .isEqualTo(1);

        // Tuesday: a walk-in at 09:30, the appointment checked in at 09:40, the clerk calls at 10:05
        MovableClock.CLOCK.setDay("2026-11-03");
        MovableClock.CLOCK.advance(Duration.ofMinutes(30));
        JsonNode walkIn = clerk.post("/api/v1/hall/tickets", body("type", "HS"));
        assertThat(walkIn.get("number").asString()).startsWith("HS");
        MovableClock.CLOCK.advance(Duration.ofMinutes(10));
        JsonNode ticket = applicant.post("/api/v1/appointments/{id}/check-in", null, booked.get("id").asString());
        assertThat(ticket.get("channel").asString()).isEqualTo("APPOINTMENT");
        assertThat(ticket.get("peopleAhead").asInt()).isEqualTo(1);
        MovableClock.CLOCK.advance(Duration.ofMinutes(25));
        JsonNode called = clerk.post("/api/v1/hall/desk/next", null);
        assertThat(called.get("number").asString()).isEqualTo(ticket.get("number").asString());
        assertThat(called.get("counter").asString()).isEqualTo("HS01");

        // the receive form, filled in from the appointment: no ID number in the address, only the ticket's id
        String ticketId = called.get("id").asString();
        String form = mvc.perform(get("/staff/counter/new").param("ticket", ticketId).with(user("hs-clerk").roles("CLERK")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"钱预约\"", "value=\"" + id + "\"", ITEM, "name=\"ticket\"",
                ticket.get("number").asString());
        MvcResult received = mvc.perform(post("/staff/counter/new").with(csrf()).with(user("hs-clerk").roles("CLERK"))
                .param("step", "submit").param("kind", "NATURAL").param("identifier", id).param("name", "钱预约")
                .param("phone", "13700009801").param("subject", ITEM).param("shownSubject", ITEM)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("ticket", ticketId)
                .param("material_M1", "PROVIDED").param("material_M2", "PROVIDED")).andReturn();
        String location = received.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/counter/cases/");
        String number = location.substring("/staff/counter/cases/".length());

        JsonNode theCase = clerk.get("/api/v1/cases/{n}", number);
        assertThat(theCase.get("visits").valueStream().toList()).singleElement()
                .satisfies(v -> assertThat(v.get("counter").asString()).isEqualTo("HS01"));
        JsonNode served = api.anyone().get("/api/v1/hall/tickets/{id}", ticketId);
        assertThat(served.get("caseNumber").asString()).isEqualTo(number);
        assertThat(served.get("status").asString()).isEqualTo("DONE");
        assertThat(applicant.get("/api/v1/me/appointments").valueStream().map(a -> a.get("status").asString()))
                .containsExactly("CHECKED_IN");
    }
}
