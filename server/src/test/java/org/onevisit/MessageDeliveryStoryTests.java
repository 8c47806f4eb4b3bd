package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.audit.AuditTrail;
import org.onevisit.intake.Channel;
import org.onevisit.notification.Delivery;
import org.onevisit.notification.DeliveryState;
import org.onevisit.notification.NotificationTestAccess;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TestSmsc;
import org.onevisit.notification.TextMessage;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * Real messages (ADR 0045, 0046), told through the API against an SMS centre (jSMPP's server) and an SMTP server
 * (GreenMail) in the test's own process: an acceptance reaches the applicant by SMS and by e-mail in the language they
 * chose; a kind they switched off is not sent but stays in their message centre; and a message the SMSC keeps
 * refusing is tried again after each backoff — the clock moved on, nothing waits — lands in the dead-letter list
 * after its last attempt, and is sent once an administrator retries it.
 */
@StoryTest
@Import(NotificationTestAccess.class)
class MessageDeliveryStoryTests {

    private static final String ITEM = "XK-SCJG-002";
    private static final TestSmsc SMSC = new TestSmsc();
    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void gateways(DynamicPropertyRegistry registry) {
        registry.add("onevisit.sms.smpp.host", () -> "127.0.0.1");
        registry.add("onevisit.sms.smpp.port", SMSC::port);
        registry.add("onevisit.sms.smpp.system-id", () -> TestSmsc.SYSTEM_ID);
        registry.add("onevisit.sms.smpp.password", () -> TestSmsc.PASSWORD);
        registry.add("onevisit.sms.smpp.source-address", () -> "10690001");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("onevisit.mail.from", () -> "noreply@onevisit.example.cn");
        registry.add("onevisit.notification.retry.first-delay", () -> "1m");
        registry.add("onevisit.notification.retry.max-attempts", () -> "3");
    }

    @AfterAll
    static void stop() {
        SMSC.close();
        MAIL.stop();
    }

    @Autowired
    StoryApi api;

    @Autowired
    NotificationTestAccess outbox;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    Person clerk;
    Person admin;

    @BeforeEach
    void the_counter_and_the_administrator() {
        clerk = api.as("clerk", "CLERK");
        admin = api.as("admin", "ADMIN");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private static String aPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** An applicant's portal account with this phone and ID number. */
    private Person account(String idNumber, String name, String phone) throws Exception {
        return api.as(api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", idNumber,
                "name", name, "phone", phone, "password", "message-pass-1")).get("principal").asString(), "APPLICANT");
    }

    /** A case the applicant applied for online, accepted at the counter; its number. */
    private String acceptedCase(Person applicant, String idNumber, String name, String phone) throws Exception {
        String[] materials = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = applicant.submit(aCase().of(ITEM).withApplicant(aPerson().identifiedBy(idNumber).named(name)
                .withPhone(phone)).providing(materials).on(Channel.WEB)).get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        return number;
    }

    private List<Delivery> deliveriesAbout(String number, String kind) {
        return notifications.aboutAny(List.of(number), 50).stream().filter(m -> m.kind().equals(kind))
                .flatMap(m -> m.deliveries().stream()).toList();
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                to.add(m);
            }
        }
        return to;
    }

    @Test
    void an_acceptance_reaches_the_applicant_by_sms_and_by_email() throws Exception {
        String phone = aPhone();
        String id = TestIdentities.aResidentIdNumber();
        Person applicant = account(id, "周消息", phone);
        String address = "zhou.xiaoxi." + phone + "@example.cn";
        JsonNode settings = applicant.put("/api/v1/me/message-preferences", body("bySms", true, "byEmail", true,
                "email", address, "language", "zh", "switchedOff", List.of()));
        assertThat(settings.get("email").asString()).isEqualTo(address);
        assertThat(settings.get("optionalKinds").valueStream().map(JsonNode::asString)).contains("pre-check", "rating");

        String number = acceptedCase(applicant, id, "周消息", phone);
        outbox.dispatchAll();

        assertThat(SMSC.to("86" + phone)).singleElement().satisfies(sms -> {
            assertThat(sms.text()).contains("已受理", number);
            assertThat(sms.dataCoding()).isEqualTo((byte) 0x08);
            assertThat(sms.source()).isEqualTo("10690001");
        });
        assertThat(mailTo(address)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains(number);
            assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@onevisit.example.cn");
            assertThat(((String) mail.getContent()).strip()).isEqualTo(SMSC.to("86" + phone).get(0).text());
        });
        assertThat(deliveriesAbout(number, "accepted")).extracting(Delivery::channel, Delivery::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(org.onevisit.notification.Channel.SMS,
                        DeliveryState.SENT), org.assertj.core.groups.Tuple.tuple(
                                org.onevisit.notification.Channel.EMAIL, DeliveryState.SENT));

        String centre = applicant.page("/portal/messages");
        assertThat(centre).contains(number, "短信至 " + phone.substring(0, 3) + "****" + phone.substring(7) + "：已发送",
                "电子邮件至 z***@example.cn：已发送").doesNotContain(phone, address);
    }

    @Test
    void an_applicant_gets_messages_in_english_and_a_kind_switched_off_only_in_the_message_centre() throws Exception {
        String phone = aPhone();
        String id = TestIdentities.aResidentIdNumber();
        Person applicant = account(id, "吴英文", phone);
        applicant.put("/api/v1/me/message-preferences", body("bySms", true, "byEmail", false, "email", null,
                "language", "en", "switchedOff", List.of("pre-check")));

        String number = acceptedCase(applicant, id, "吴英文", phone);
        // the pre-check's reminder, switched off: kept, not sent
        notifications.text(phone, number, TextMessage.PRE_CHECKED, Map.of("subject", "测试事项", "number", number));
        outbox.dispatchAll();

        assertThat(SMSC.to("86" + phone)).singleElement()
                .satisfies(sms -> assertThat(sms.text()).startsWith("Your application").contains("has been accepted", number));
        assertThat(deliveriesAbout(number, "pre-check")).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.SWITCHED_OFF));
        String centre = applicant.page("/portal/messages");
        assertThat(centre).contains("短信至 " + phone.substring(0, 3) + "****" + phone.substring(7) + "：未发送（您已关闭此类消息）",
                "The online pre-check of your application");
        assertThat(applicant.get("/api/v1/me/messages").valueStream()
                .filter(m -> m.get("caseNumber").asString().equals(number) && m.get("kind").asString().equals("pre-check"))
                .findFirst().orElseThrow().get("deliveries").get(0).get("state").asString()).isEqualTo("SWITCHED_OFF");
    }

    @Test
    void required_notices_cannot_be_switched_off_and_one_channel_stays_on() throws Exception {
        Person applicant = account(TestIdentities.aResidentIdNumber(), "郑必达", aPhone());

        assertThat(applicant.refusedPut("/api/v1/me/message-preferences", body("bySms", true, "byEmail", false,
                "switchedOff", List.of("accepted"))).get("field").asString()).isEqualTo("switchedOff");
        assertThat(applicant.refusedPut("/api/v1/me/message-preferences", body("bySms", false, "byEmail", false))
                .get("field").asString()).isEqualTo("channels");
        assertThat(applicant.refusedPut("/api/v1/me/message-preferences", body("bySms", true, "byEmail", true,
                "email", "not-an-address")).get("field").asString()).isEqualTo("email");
        assertThat(applicant.refusedPut("/api/v1/me/message-preferences", body("bySms", true, "byEmail", true,
                "language", "fr")).get("field").asString()).isEqualTo("language");
        assertThat(applicant.get("/api/v1/me/message-preferences").get("bySms").asBoolean()).isTrue();
    }

    @Test
    void the_settings_page_says_what_is_wrong_and_saves_what_is_right() throws Exception {
        String phone = aPhone();
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber",
                TestIdentities.aResidentIdNumber(), "name", "王页面", "phone", phone, "password", "message-pass-1"))
                .get("principal").asString();
        var who = user(principal).roles("APPLICANT");
        assertThat(api.as(principal, "APPLICANT").page("/portal/message-preferences"))
                .contains("消息设置", "受理通知", "评价邀请", "始终发送的消息");

        String refused = mvc.perform(post("/portal/message-preferences").with(who).with(csrf())
                        .param("email", "no-address").param("language", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("请至少选择一种发送方式");

        mvc.perform(post("/portal/message-preferences").with(who).with(csrf()).param("bySms", "true")
                        .param("byEmail", "true").param("email", "wang." + phone + "@example.cn").param("language", "en")
                        .param("on", "rating"))
                .andExpect(status().is3xxRedirection());
        JsonNode saved = api.as(principal, "APPLICANT").get("/api/v1/me/message-preferences");
        assertThat(saved.get("language").asString()).isEqualTo("en");
        assertThat(saved.get("email").asString()).isEqualTo("wang." + phone + "@example.cn");
        assertThat(saved.get("switchedOff").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("pre-check", "pledge-reminder");
    }

    @Test
    void a_message_the_smsc_keeps_refusing_becomes_a_dead_letter_and_is_sent_when_the_administrator_retries_it()
            throws Exception {
        String phone = aPhone();
        String id = TestIdentities.aResidentIdNumber();
        Person applicant = account(id, "冯重试", phone);
        SMSC.refuse("86" + phone);

        String number = acceptedCase(applicant, id, "冯重试", phone);
        outbox.dispatchAll();
        assertThat(deliveriesAbout(number, "accepted")).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).contains("0x00000045").doesNotContain(phone);
            assertThat(d.nextAttemptAt()).isEqualTo(MovableClock.CLOCK.instant().plus(Duration.ofMinutes(1)));
        });

        // the second attempt a minute later, the third two minutes after that: then it is given up
        MovableClock.CLOCK.advance(Duration.ofSeconds(59));
        outbox.dispatchAll();
        assertThat(deliveriesAbout(number, "accepted").get(0).attempts()).isEqualTo(1);
        MovableClock.CLOCK.advance(Duration.ofSeconds(1));
        outbox.dispatchAll();
        assertThat(deliveriesAbout(number, "accepted").get(0).attempts()).isEqualTo(2);
        MovableClock.CLOCK.advance(Duration.ofMinutes(2));
        outbox.dispatchAll();
        assertThat(deliveriesAbout(number, "accepted")).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.DEAD));
        assertThat(SMSC.to("86" + phone)).isEmpty();

        JsonNode letter = admin.get("/api/v1/admin/message-deliveries").valueStream()
                .filter(d -> d.get("subjectId").asString().equals(number)).findFirst().orElseThrow();
        assertThat(letter.get("recipient").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(letter.get("kind").asString()).isEqualTo("accepted");
        assertThat(letter.get("channel").asString()).isEqualTo("SMS");
        assertThat(letter.get("attempts").asInt()).isEqualTo(3);
        assertThat(letter.get("lastError").asString()).contains("0x00000045");
        assertThat(admin.page("/admin/messages")).contains(number, "发送失败的消息", "0x00000045").doesNotContain(phone);

        // the operator fixed it; the administrator sends it again
        SMSC.accept("86" + phone);
        long delivery = letter.get("id").asLong();
        assertThat(admin.post("/api/v1/admin/message-deliveries/{id}/retry", null, delivery).get("state").asString())
                .isEqualTo("PENDING");
        outbox.dispatchAll();

        assertThat(SMSC.to("86" + phone)).singleElement().satisfies(sms -> assertThat(sms.text()).contains(number));
        assertThat(deliveriesAbout(number, "accepted")).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.SENT));
        assertThat(admin.get("/api/v1/admin/message-deliveries").valueStream()
                .filter(d -> d.get("subjectId").asString().equals(number))).isEmpty();
        assertThat(admin.refused("/api/v1/admin/message-deliveries/{id}/discard", null, delivery).get("code").asString())
                .isEqualTo("message-delivery-not-dead");
        assertThat(audit.history("message-delivery", String.valueOf(delivery)))
                .extracting(r -> r.action() + " " + r.actor()).containsExactly("retry admin");
    }
}
