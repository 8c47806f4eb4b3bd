package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.kiosk.KioskEnrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * The kiosk's printer is down (its queue does not exist): a touch on 取号 still takes the ticket, the screen shows its
 * number, the people ahead and the wait, and says that the slip did not print and the number stays valid; the board
 * counts the ticket.
 */
@StoryTest
@TestPropertySource(properties = "onevisit.kiosk.printer=NO-SUCH-QUEUE")
class KioskTicketPrinterDownTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StoryApi api;

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Test
    void the_ticket_is_taken_and_its_number_shown_when_the_slip_cannot_print() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-16");
        Cookie kiosk = mvc.perform(post("/admin/kiosks").param("device", "KIOSK-01").with(csrf())
                .with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
                .getCookie(KioskEnrolment.COOKIE);
        MockHttpSession session = new MockHttpSession();
        String screen = mvc.perform(get("/kiosk/ticket").cookie(kiosk).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(screen);
        assertThat(token.find()).isTrue();
        int waitingBefore = waitingOfA();

        var answer = mvc.perform(post("/kiosk/ticket").with(csrf()).param("type", "A").param("token", token.group(1))
                .cookie(kiosk).session(session)).andReturn().getResponse();
        answer.setCharacterEncoding("UTF-8");
        String taken = answer.getContentAsString();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(taken).containsPattern("id=\"kiosk-ticket-number\"[^>]*>A\\d+<").contains("kiosk-ticket-ahead")
                .contains("kiosk-problem").contains("打印机暂时无法使用").contains("号码仍然有效")
                .doesNotContain("kiosk-printed");
        assertThat(waitingOfA()).isEqualTo(waitingBefore + 1);
    }

    private int waitingOfA() throws Exception {
        return api.anyone().get("/api/v1/hall/board").get("queues").valueStream()
                .filter(q -> q.get("type").asString().equals("A")).findFirst().orElseThrow().get("waiting").asInt();
    }
}
