package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.kiosk.KioskEnrolment;
import org.onevisit.people.ApplicantAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;

/**
 * 取号 at the hall's kiosk (自助终端), on days of their own: the administrator enrolled the kiosk; a resident lays the
 * ID card on the (simulated) reader, touches 取号 and the button of type A. The ticket is taken on the kiosk channel,
 * its slip (取号凭条) prints on the CUPS PDF queue with the number, the type and the people ahead, the board counts
 * one more waiting, and a clerk seated at an A counter calls it. A double tap takes one ticket. The demo resident,
 * whose card the simulated reader holds, checks in the appointment booked for today at the kiosk and gets its ticket.
 * A browser that is no enrolled kiosk takes no ticket.
 */
@StoryTest
class KioskTicketStoryTests {

    private static final Pattern NUMBER = Pattern.compile("id=\"kiosk-ticket-number\"[^>]*>([A-Z]+\\d+)<");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    StoryApi api;

    @Autowired
    ApplicantAccounts accounts;

    private Cookie kiosk;

    @BeforeEach
    void an_administrator_enrolled_the_kiosk() throws Exception {
        kiosk = mvc.perform(post("/admin/kiosks").param("device", "KIOSK-01").with(csrf())
                .with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
                .getCookie(KioskEnrolment.COOKIE);
        assertThat(kiosk).isNotNull();
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Test
    void a_walk_in_ticket_from_the_kiosk_with_the_id_card_read_and_the_receipt_printed_to_the_cups_pdf_printer()
            throws Exception {
        CupsPdfQueue queue = CupsPdfQueue.requireQueue();
        MovableClock.CLOCK.setDay("2026-11-12");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/kiosk/identify").with(csrf()).cookie(kiosk).session(session))
                .andExpect(redirectedUrl("/kiosk/me"));
        int waitingBefore = waitingOfA();

        String screen = page(get("/kiosk/ticket").cookie(kiosk).session(session));
        assertThat(screen).contains("data-type=\"A\"").contains("张***");
        String taken = page(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", token(screen))
                .cookie(kiosk).session(session));

        String number = number(taken);
        assertThat(number).startsWith("A");
        assertThat(taken).contains("kiosk-printed").doesNotContain("330999199003071233");
        String slip = queue.printedText(number, Duration.ofSeconds(60));
        assertThat(slip).contains("取号凭条").contains(number).contains("综合受理")
                .containsPattern("前面等候：\\s*" + waitingBefore + "\\s*人");
        assertThat(taken).contains("前面还有 " + waitingBefore + " 人");
        assertThat(waitingOfA()).isEqualTo(waitingBefore + 1);

        api.official("kiosk-a-clerk", "取号测试甲", null, "CLERK");
        mvc.perform(post("/staff/counter/seat").param("counter", "A03").with(csrf())
                .with(user("kiosk-a-clerk").roles("CLERK"))).andExpect(redirectedUrl("/staff/counter"));
        assertThat(callUntil(number)).isTrue();
    }

    @Test
    void a_double_tap_takes_one_ticket() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-13");
        MockHttpSession session = new MockHttpSession();
        int waitingBefore = waitingOfA();
        String token = token(page(get("/kiosk/ticket").cookie(kiosk).session(session)));

        String first = page(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", token).cookie(kiosk)
                .session(session));
        String second = page(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", token).cookie(kiosk)
                .session(session));

        assertThat(number(second)).isEqualTo(number(first));
        assertThat(waitingOfA()).isEqualTo(waitingBefore + 1);
        assertThat(first).contains("kiosk-ticket-ahead").contains("kiosk-ticket-wait");
        // a token this kiosk never showed takes nothing
        mvc.perform(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", "forged").cookie(kiosk)
                .session(session)).andExpect(redirectedUrl("/kiosk/ticket"));
        assertThat(waitingOfA()).isEqualTo(waitingBefore + 1);
    }

    @Test
    void a_double_tap_whose_presses_arrive_at_the_same_moment_takes_one_ticket() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-16");
        MockHttpSession session = new MockHttpSession();
        int waitingBefore = waitingOfA();
        String token = token(page(get("/kiosk/ticket").cookie(kiosk).session(session)));

        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService presses = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> press = () -> {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                return page(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", token).cookie(kiosk)
                        .session(session));
            };
            var first = presses.submit(press);
            var second = presses.submit(press);

            assertThat(number(second.get(60, java.util.concurrent.TimeUnit.SECONDS)))
                    .isEqualTo(number(first.get(60, java.util.concurrent.TimeUnit.SECONDS)));
        } finally {
            presses.shutdownNow();
        }
        assertThat(waitingOfA()).isEqualTo(waitingBefore + 1);
    }

    @Test
    void the_resident_checks_in_the_appointment_of_today_at_the_kiosk_by_id_card() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-18");
        MovableClock.CLOCK.advance(Duration.ofMinutes(30));
        String principal = accounts.principalOfCardHolder("330999199003071233").orElseThrow();
        JsonNode booked = api.as(principal, "APPLICANT").postOnce(UUID.randomUUID().toString(), "/api/v1/appointments",
                body("type", "A", "date", "2026-11-18", "start", "10:00"));
        String reference = booked.get("reference").asString();

        MockHttpSession session = new MockHttpSession();
        String before = page(get("/kiosk/ticket").cookie(kiosk).session(session));
        assertThat(before).doesNotContain(reference);
        mvc.perform(post("/kiosk/identify").with(csrf()).cookie(kiosk).session(session))
                .andExpect(redirectedUrl("/kiosk/me"));
        String screen = page(get("/kiosk/ticket").cookie(kiosk).session(session));
        assertThat(screen).contains("kiosk-appointments").contains(reference);

        String taken = page(post("/kiosk/ticket/check-in").with(csrf()).param("appointment", booked.get("id").asString())
                .param("token", token(screen)).cookie(kiosk).session(session));

        String number = number(taken);
        JsonNode mine = api.as(principal, "APPLICANT").get("/api/v1/me/appointments");
        assertThat(mine.valueStream().filter(a -> a.get("reference").asString().equals(reference)))
                .singleElement().satisfies(a -> assertThat(a.get("status").asString()).isEqualTo("CHECKED_IN"));
        assertThat(page(get("/kiosk/ticket").cookie(kiosk).session(session))).doesNotContain(reference);
        assertThat(number).startsWith("A");
    }

    @Test
    void a_browser_that_is_no_enrolled_kiosk_sees_the_queues_and_takes_no_ticket() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-19");
        int waitingBefore = waitingOfA();
        String screen = page(get("/kiosk/ticket"));
        assertThat(screen).contains("kiosk-ticket-kiosk-only").contains("data-type=\"A\"").doesNotContain("name=\"token\"");
        mvc.perform(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", "x")
                .cookie(new Cookie(KioskEnrolment.COOKIE, "KIOSK-01.forged"))).andExpect(status().isForbidden());
        mvc.perform(post("/kiosk/ticket/check-in").with(csrf()).param("appointment", "x").param("token", "x"))
                .andExpect(status().isForbidden());
        assertThat(waitingOfA()).isEqualTo(waitingBefore);
    }

    /** Calls type A at the clerk's counter until the number comes (earlier tickets of the day may wait before it). */
    private boolean callUntil(String number) throws Exception {
        for (int i = 0; i < 50; i++) {
            var answer = mvc.perform(post("/api/v1/hall/desk/next").with(csrf())
                    .with(user("kiosk-a-clerk").roles("CLERK"))).andReturn().getResponse();
            if (answer.getStatus() == 204) {
                return false;
            }
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
            if (answer.getContentAsString().contains("\"number\":\"" + number + "\"")) {
                return true;
            }
        }
        return false;
    }

    private int waitingOfA() throws Exception {
        JsonNode board = api.anyone().get("/api/v1/hall/board");
        return board.get("queues").valueStream().filter(q -> q.get("type").asString().equals("A")).findFirst()
                .orElseThrow().get("waiting").asInt();
    }

    private static String token(String screen) {
        Matcher m = TOKEN.matcher(screen);
        assertThat(m.find()).as("a one-time token on the screen").isTrue();
        return m.group(1);
    }

    private static String number(String taken) {
        Matcher m = NUMBER.matcher(taken);
        assertThat(m.find()).as(taken).isTrue();
        return m.group(1);
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
