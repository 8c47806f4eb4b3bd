package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.DeliveryChoices;
import org.onevisit.delivery.DeliveryMethod;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.onevisit.postal.PostalItems;
import org.onevisit.postal.TrackingNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 邮寄申请，零跑动: a company applies for a planning permit (建设工程规划许可证核发, XK-ZRZY-003) by post. The counter
 * registers the mail item and the company is texted that it came; the clerk scans the paper in and makes the case on
 * the POSTAL channel, and accepts it — the company is texted again. The department consents and approves, the result
 * goes back by express to the sender's address, prefilled from the mail item, and the carrier's report completes the
 * case. Nobody came: no visit. Along the way the counter's mistakes are refused with a reason, never a 500.
 */
@StoryTest
class PostalApplicationStoryTests {

    private static final String ITEM = "XK-ZRZY-003";
    private static final String REVIEWER = "story-zrzy-reviewer";
    private static final String SENDER_ADDRESS = "示例市江北区邮政路 12 号 2 单元 301 室";
    private static final byte[] SCAN = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 扫描件\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryChoices choices;

    Person clerk;
    Person reviewer;

    @BeforeEach
    void the_department_has_a_reviewer() throws Exception {
        clerk = api.as("clerk", "CLERK");
        reviewer = api.official(REVIEWER, "规划审查员", "ZRZY", "REVIEWER");
        MovableClock.CLOCK.setDay("2026-11-02");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Test
    void a_postal_application_is_registered_scanned_accepted_decided_and_sent_back_with_no_visit() throws Exception {
        String tracking = TrackingNumbers.anEmsNumber();
        JsonNode item = clerk.post("/api/v1/postal-items", mailItem(tracking));
        long id = item.get("id").asLong();
        assertThat(item.get("state").asString()).isEqualTo("REGISTERED");
        assertThat(item.get("senderPhone").asString()).isEqualTo("137****4444");
        assertThat(item.get("senderAddress").asString()).doesNotContain("2 单元 301");
        assertThat(texts(PostalItems.subject(id), "postal-received")).singleElement()
                .satisfies(text -> assertThat(text).contains(tracking).contains("2026-11-02"));
        assertThat(clerk.get("/api/v1/postal-items?state=REGISTERED").valueStream()
                .map(i -> i.get("trackingNumber").asString())).contains(tracking);

        // The paper is scanned in: every material but the deferrable one, each with its scan.
        List<String> keys = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toList();
        String key = "postal-story-" + id;
        String company = TestIdentities.aCreditCode();
        MvcResult made = createCase(id, key, company, keys);
        assertThat(made.getResponse().getStatus()).isEqualTo(201);
        JsonNode created = JSON.readTree(made.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String number = created.get("number").asString();
        assertThat(created.get("channel").asString()).isEqualTo("POSTAL");
        assertThat(created.get("visitCount").asInt()).isZero();
        JsonNode again = JSON.readTree(createCase(id, key, company, keys).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.get("number").asString()).as("a retry under the same key").isEqualTo(number);
        assertThat(clerk.get("/api/v1/postal-items/{id}", id).get("caseNumber").asString()).isEqualTo(number);
        assertThat(clerk.get("/api/v1/cases/{n}", number).get("materials").valueStream()
                .filter(m -> !m.get("files").isEmpty()).count()).isEqualTo(keys.size());

        // Accepted at the workbench, remotely: the company is texted, nobody came.
        JsonNode accepted = clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("visitCount").asInt()).isZero();
        assertThat(texts(number, "accepted")).hasSize(1);

        MovableClock.CLOCK.setDay("2026-11-04");
        reviewer.post("/api/v1/reviews/{id}/opinion", body("opinion", "CONSENT"),
                reviewer.get("/api/v1/cases/{n}/reviews", number).get(0).get("id").asLong());
        reviewer.post("/api/v1/cases/{n}/items/{code}/decision", body("approve", true), number, ITEM);

        // The result goes back by express to the sender, as the mail item said.
        DeliveryChoices.Choice choice = choices.of(number).orElseThrow();
        assertThat(choice.method()).isEqualTo(DeliveryMethod.EXPRESS);
        Address to = choice.to();
        assertThat(to.address()).isEqualTo(SENDER_ADDRESS);
        String back = TrackingNumbers.anEmsNumber();
        clerk.post("/api/v1/cases/{n}/delivery/express", body("recipient", to.recipient(), "phone", to.phone(),
                "address", to.address(), "carrier", "中国邮政EMS", "trackingNumber", back), number);
        api.carrierReports("ems", back, "DELIVERED");

        JsonNode done = clerk.get("/api/v1/cases/{n}", number);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("channel").asString()).isEqualTo("POSTAL");
        assertThat(done.get("visitCount").asInt()).isZero();
        assertThat(done.get("visits")).isEmpty();
        assertThat(clerk.get("/api/v1/postal-items/{id}", id).get("state").asString()).isEqualTo("RESULT_RETURNED");
        String trail = api.as("supervisor", "SUPERVISOR").get("/api/v1/audit/records?subject=mail-item&subjectId={id}", id)
                .toString();
        assertThat(trail).contains("registerMailItem", "makeCase", "resultReturned", number).doesNotContain("13700004444");

        // The item is done: another case from it is a conflict.
        MvcResult other = createCase(id, key + "-other", company, keys);
        assertThat(other.getResponse().getStatus()).isEqualTo(409);
        assertThat(other.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("postal-item-done");
    }

    @Test
    void the_counters_mistakes_are_refused_with_the_field_and_the_reason() throws Exception {
        String tracking = TrackingNumbers.anEmsNumber();
        Map<String, Object> bad = new java.util.LinkedHashMap<>(mailItem("EA12345CN"));
        assertThat(clerk.refused("/api/v1/postal-items", bad).get("code").asString())
                .isEqualTo("postal-tracking-number-invalid");
        bad.put("trackingNumber", TrackingNumbers.withWrongCheckDigit(tracking));
        assertThat(clerk.refused("/api/v1/postal-items", bad).get("code").asString())
                .isEqualTo("postal-tracking-number-check-digit");
        Map<String, Object> noSender = new java.util.LinkedHashMap<>(mailItem(tracking));
        noSender.remove("sender");
        JsonNode missing = clerk.refused("/api/v1/postal-items", noSender);
        assertThat(missing.get("status").asInt()).isEqualTo(400);
        Map<String, Object> badPhone = new java.util.LinkedHashMap<>(mailItem(tracking));
        badPhone.put("sender", body("name", "邮寄申请人", "phone", "12345", "address", SENDER_ADDRESS));
        assertThat(clerk.refused("/api/v1/postal-items", badPhone).get("code").asString()).isEqualTo("postal-sender-phone");

        clerk.post("/api/v1/postal-items", mailItem(tracking));
        JsonNode twice = clerk.refused("/api/v1/postal-items", mailItem(tracking.toLowerCase(java.util.Locale.ROOT)));
        assertThat(twice.get("status").asInt()).isEqualTo(409);
        assertThat(twice.get("code").asString()).isEqualTo("postal-tracking-number-taken");
        assertThat(twice.get("detail").asString()).contains(tracking);

        assertThat(api.as("story-postal-applicant", "APPLICANT").refused("/api/v1/postal-items", mailItem(
                TrackingNumbers.anEmsNumber())).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void an_item_not_acceptable_goes_back_to_the_sender_who_is_told_why() throws Exception {
        long id = clerk.post("/api/v1/postal-items", mailItem(TrackingNumbers.anEmsNumber())).get("id").asLong();
        assertThat(clerk.refused("/api/v1/postal-items/{id}/return", body("reason", ""), id).get("status").asInt())
                .isEqualTo(400);
        JsonNode returned = clerk.post("/api/v1/postal-items/{id}/return", body("reason", "所寄材料不属于本中心受理事项"), id);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED_TO_SENDER");
        assertThat(texts(PostalItems.subject(id), "postal-returned")).singleElement()
                .satisfies(text -> assertThat(text).contains("所寄材料不属于本中心受理事项"));
        assertThat(clerk.refused("/api/v1/postal-items/{id}/return", body("reason", "再次退回"), id).get("code").asString())
                .isEqualTo("postal-item-done");
    }

    @Test
    void a_material_that_follows_by_post_is_ticked_on_the_workbench_without_a_visit() throws Exception {
        long id = clerk.post("/api/v1/postal-items", mailItem(TrackingNumbers.anEmsNumber())).get("id").asLong();
        List<String> keys = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toList();
        String first = keys.get(0);
        MvcResult made = createCase(id, "postal-later-" + id, TestIdentities.aCreditCode(), keys.subList(1, keys.size()),
                Map.of(first, "MISSING"));
        String number = JSON.readTree(made.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("number").asString();
        assertThat(clerk.get("/api/v1/cases/{n}", number).get("missing").valueStream().map(JsonNode::asString))
                .contains(first);

        MvcResult ticked = mvc.perform(MockMvcRequestBuilders.post("/staff/counter/cases/{n}/materials/{k}", number, first)
                .param("status", "PROVIDED").with(user("clerk").roles("CLERK")).with(csrf())).andReturn();
        assertThat(ticked.getResponse().getStatus()).isEqualTo(302);
        JsonNode after = clerk.get("/api/v1/cases/{n}", number);
        assertThat(after.get("missing")).isEmpty();
        assertThat(after.get("visitCount").asInt()).isZero();
    }

    private static Map<String, Object> mailItem(String tracking) {
        return body("trackingNumber", tracking, "carrier", "中国邮政EMS",
                "sender", body("name", "邮寄申请人", "phone", "13700004444", "address", SENDER_ADDRESS),
                "receivedOn", "2026-11-02", "appliedFor", "建设工程规划许可证核发（XK-ZRZY-003）", "notes", "挂号信一封，材料 5 份");
    }

    /** The case made from the item with a scan of every material, as the counter's scanning station sends it. */
    private MvcResult createCase(long id, String key, String company, List<String> materials) throws Exception {
        return createCase(id, key, company, materials, Map.of());
    }

    private MvcResult createCase(long id, String key, String company, List<String> materials, Map<String, String> statuses)
            throws Exception {
        byte[] request = JSON.writeValueAsBytes(body("item", ITEM, "applicant", body("kind", "LEGAL_PERSON",
                "creditCode", company, "name", "示例邮寄建设有限公司", "phone", "13700004444", "legalRepresentative", "邮寄申请人"),
                "materials", statuses));
        var multipart = MockMvcRequestBuilders.multipart("/api/v1/postal-items/{id}/case", id);
        multipart.part(new MockPart("case", null, request, MediaType.APPLICATION_JSON));
        for (String m : materials) {
            multipart.file(new MockMultipartFile("file_" + m, m + ".pdf", "application/pdf", SCAN));
        }
        return mvc.perform(multipart.header("Idempotency-Key", key).header("Accept-Language", "zh-CN")
                .with(user("clerk").roles("CLERK"))).andReturn();
    }

    private List<String> texts(String subject, String kind) {
        return notifications.about(subject).stream().filter(m -> m.kind().equals(kind)).map(m -> m.body()).toList();
    }
}
