package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.onevisit.kiosk.KioskEnrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * A resident at the hall's kiosk (自助终端): the kiosk was enrolled by an administrator; the resident lays the ID card
 * on the (simulated) reader, sees their own cases, scans their papers for a pre-check of 居民身份证换领 (QR-GAJ-002)
 * and types the phone on the number pad; the pre-check is registered on the kiosk channel for a clerk. Later anyone
 * holding the receipt scans its QR code, types the phone's last four digits and reads the public status — and prints
 * it on the hall's printer, the CUPS PDF queue where the machine has one. A browser that is no enrolled kiosk reads no
 * card, and a visit left alone ends on the server and forgets the card.
 */
@StoryTest
class KioskStoryTests {

    private static final String ITEM = "QR-GAJ-002";
    private static final String PHONE = "13912345678";
    private static final byte[] SCANNED = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 户口簿\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    private Cookie kiosk;

    @BeforeEach
    void an_administrator_enrolled_the_kiosk() throws Exception {
        var enrolled = mvc.perform(post("/admin/kiosks").param("device", "KIOSK-01").with(csrf())
                .with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse();
        kiosk = enrolled.getCookie(KioskEnrolment.COOKIE);
        assertThat(kiosk).isNotNull();
        assertThat(kiosk.isHttpOnly()).isTrue();
    }

    @Test
    void a_resident_identifies_by_id_card_pre_checks_an_item_and_finds_the_case_by_its_qr_code() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(kioskPost("/kiosk/identify").cookie(kiosk).session(session)).andExpect(redirectedUrl("/kiosk/me"));
        String mine = page(get("/kiosk/me").cookie(kiosk).session(session));
        assertThat(mine).contains("张***").contains("330999********1233").doesNotContain("330999199003071233");

        String form = page(get("/kiosk/precheck/{item}", ITEM).cookie(kiosk).session(session));
        assertThat(form).contains("file_M1").contains("kiosk-pad");
        String done = page(multipart("/kiosk/precheck/{item}", ITEM).with(csrf()).file(new MockMultipartFile("file_M1", "scan.pdf",
                "application/pdf", SCANNED)).param("phone", PHONE).cookie(kiosk).session(session));
        Matcher created = Pattern.compile("\\d{6}-\\d{8}-\\d{5,}").matcher(done.substring(done.indexOf("kiosk-created")));
        assertThat(created.find()).isTrue();
        String number = created.group();
        var c = intake.find(number);
        assertThat(c.status()).isEqualTo(CaseStatus.PRE_CHECK);
        assertThat(c.application().channel().name()).isEqualTo("KIOSK");
        assertThat(c.parties().applicant().identifier()).isEqualTo("330999199003071233");
        assertThat(c.materials()).filteredOn(m -> m.key().equals("M1")).singleElement()
                .satisfies(m -> assertThat(m.files()).hasSize(1));
        assertThat(done).contains("data-case=\"" + number + "\"");

        MockHttpSession someoneElse = new MockHttpSession();
        String asked = page(kioskPost("/kiosk/status/scan").param("scanned", "http://localhost:8080/status?case=" + number + "\r")
                .session(someoneElse));
        assertThat(asked).contains("kiosk-last-four").contains(number);
        mvc.perform(kioskPost("/kiosk/status").param("caseNumber", number).param("lastFour", "0000").session(someoneElse))
                .andExpect(status().isNotFound());
        String found = page(kioskPost("/kiosk/status").param("caseNumber", number).param("lastFour", "5678")
                .session(someoneElse));
        assertThat(found).contains("kiosk-status-result").contains(number).contains("网上预审").contains("张***")
                .doesNotContain("330999199003071233").doesNotContain("********1233").doesNotContain(PHONE);
    }

    @Test
    void a_scan_that_is_no_receipt_is_told_and_nothing_is_looked_up() throws Exception {
        mvc.perform(kioskPost("/kiosk/status/scan").param("scanned", "https://example.com/not-a-receipt"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_browser_that_is_no_enrolled_kiosk_reads_no_card() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(kioskPost("/kiosk/identify").session(session)).andExpect(status().isForbidden());
        mvc.perform(kioskPost("/kiosk/identify").cookie(new Cookie(KioskEnrolment.COOKIE, "KIOSK-01.forged"))
                .session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/kiosk/me").session(session)).andExpect(redirectedUrl("/kiosk"));
    }

    @Test
    void a_visit_left_alone_ends_on_the_server_and_forgets_the_card() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(kioskPost("/kiosk/identify").cookie(kiosk).session(session)).andExpect(redirectedUrl("/kiosk/me"));
        MovableClock.CLOCK.advance(Duration.ofSeconds(60));
        mvc.perform(get("/kiosk/me").cookie(kiosk).session(session)).andExpect(status().isOk());
        MovableClock.CLOCK.advance(Duration.ofSeconds(91));
        mvc.perform(get("/kiosk/me").cookie(kiosk).session(session)).andExpect(redirectedUrl("/kiosk?ended"));
        mvc.perform(get("/kiosk/me").cookie(kiosk).session(session)).andExpect(redirectedUrl("/kiosk"));
    }

    @Test
    void the_status_slip_prints_on_the_cups_pdf_queue() throws Exception {
        CupsPdfQueue queue = CupsPdfQueue.requireQueue();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(kioskPost("/kiosk/identify").cookie(kiosk).session(session)).andExpect(redirectedUrl("/kiosk/me"));
        String number = page(multipart("/kiosk/precheck/{item}", ITEM).with(csrf()).param("phone", PHONE).cookie(kiosk)
                .session(session)).replaceAll("(?s).*kiosk-created[^>]*>[^0-9]*(\\d{6}-\\d{8}-\\d{5,}).*", "$1");
        page(kioskPost("/kiosk/status").param("caseNumber", number).param("lastFour", "5678").session(session));

        String printed = page(kioskPost("/kiosk/status/print").session(session));

        assertThat(printed).contains("kiosk-printed");
        String text = queue.printedText(number, Duration.ofSeconds(60));
        assertThat(text).contains("办件进度凭条").contains(number).contains("网上预审").doesNotContain(PHONE);
    }

    private static MockHttpServletRequestBuilder kioskPost(String path, Object... variables) {
        return post(path, variables).with(csrf());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
