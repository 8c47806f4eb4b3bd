package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.intake.Channel;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The correction loop (补正) through the API, as the department's system and the mobile app use it: the department
 * asks for a correction on Monday and the applicant is told by text message what to supply; the applicant answers
 * with two files on Thursday, and the review runs again by itself, its deadline moved by the three working days it
 * stood still, on the case's timeline; a second answer is refused, and so is an answer without files or from another
 * applicant. A correction handed in on paper is recorded by the department the same way, without files. The
 * approved case's certificate is then in the applicant's wallet and on the case, and every message in the centre.
 */
@StoryTest
class CorrectionStoryTests {

    private static final String ITEM = "XK-SCJG-002";
    private static final String POINTS = "请补充经营场所的房屋租赁合同（须加盖出租方印章）";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    StoryApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    Person clerk;
    Person reviewer;

    @BeforeEach
    void the_department_has_a_reviewer() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        clerk = api.as("clerk", "CLERK");
        reviewer = api.official("story-scjg-reviewer", "市场监管审查员", "SCJG", "REVIEWER");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private record Applicant(Person account, String principal) {
    }

    private Applicant anApplicant(String id, String phone) throws Exception {
        String principal = api.anyone().post("/api/v1/applicants", body("kind", "NATURAL_PERSON", "idNumber", id,
                "name", "钱补正", "phone", phone, "password", "correction-pass-1")).get("principal").asString();
        // seen with their ID card at a counter (实名核验): their wallet holds the certificates issued to them
        clerk.post("/api/v1/applicants/identity-verifications", body("kind", "NATURAL_PERSON", "idNumber", id));
        return new Applicant(api.as(principal, "APPLICANT"), principal);
    }

    private String acceptedCaseOf(Applicant applicant, String id, String phone) throws Exception {
        String[] all = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = applicant.account().submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(id).named("钱补正").withPhone(phone)).providing(all))
                .get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        return number;
    }

    private JsonNode reviewOf(String number) throws Exception {
        return reviewer.get("/api/v1/cases/{n}/reviews", number).get(0);
    }

    /** The applicant's answer through the API: its status and what it answered. */
    private MvcResult answer(String principal, String number, long id, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(
                "/api/v1/cases/{n}/corrections/{id}", number, id);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.param("note", "合同已盖章").with(user(principal).roles("APPLICANT")).with(csrf()))
                .andReturn();
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_correction_answered_online_resumes_the_review_by_itself() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        Applicant applicant = anApplicant(id, "13700001234");
        Applicant other = anApplicant(TestIdentities.aResidentIdNumber(), "13700005678");
        String number = acceptedCaseOf(applicant, id, "13700001234");
        JsonNode review = reviewOf(number);
        String deadline = review.get("deadline").asString();

        // Monday 19 October: the department asks for the contract.
        reviewer.post("/api/v1/reviews/{id}/opinion", body("opinion", "CORRECTION", "text", POINTS), review.get("id").asLong());
        assertThat(reviewOf(number).get("status").asString()).isEqualTo("AWAITING_CORRECTION");
        JsonNode requests = applicant.account().get("/api/v1/cases/{n}/corrections", number);
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.get("points").asString()).isEqualTo(POINTS);
        assertThat(request.get("awaited").asBoolean()).isTrue();
        assertThat(request.get("departmentName").asString()).isEqualTo("示例市市场监督管理局");
        long requestId = request.get("id").asLong();
        JsonNode told = applicant.account().get("/api/v1/me/messages").get(0);
        assertThat(told.get("kind").asString()).isEqualTo("correction");
        assertThat(told.get("text").asString()).contains(number, POINTS, "补正材料");
        assertThat(told.get("phone").asString()).isEqualTo("137****1234");
        assertThat(told.get("caseNumber").asString()).isEqualTo(number);

        // Nobody else answers it, and an answer has files.
        assertThat(answer(other.principal(), number, requestId, new MockMultipartFile("files", "合同.pdf", null, PDF))
                .getResponse().getStatus()).isEqualTo(404);
        MvcResult empty = answer(applicant.principal(), number, requestId);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(empty).get("code").asString()).isEqualTo("intake-correction-files-missing");
        MvcResult notAFile = answer(applicant.principal(), number, requestId,
                new MockMultipartFile("files", "合同.exe", null, "MZ not a document".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(notAFile).get("code").asString()).isEqualTo("files-type-not-allowed");
        assertThat(reviewOf(number).get("status").asString()).isEqualTo("AWAITING_CORRECTION");

        // Thursday 22 October: the applicant answers with the contract and a photo of the seal.
        MovableClock.CLOCK.setDay("2026-10-22");
        MvcResult answered = answer(applicant.principal(), number, requestId,
                new MockMultipartFile("files", "租赁合同.pdf", null, PDF), new MockMultipartFile("files", "印章.png", null, PNG));
        assertThat(answered.getResponse().getStatus()).isEqualTo(200);
        JsonNode supplied = read(answered);
        assertThat(supplied.get("supplied").asBoolean()).isTrue();
        assertThat(supplied.get("awaited").asBoolean()).isFalse();
        assertThat(supplied.get("suppliedOn").asString()).isEqualTo("2026-10-22");
        assertThat(supplied.get("channel").asString()).isEqualTo("WEB");
        assertThat(supplied.get("files").valueStream().map(f -> f.get("name").asString())).containsExactly("租赁合同.pdf", "印章.png");

        // The review runs again by itself, three working days later than it would have: Mon 19 → Thu 22 stood still.
        JsonNode resumed = reviewOf(number);
        assertThat(resumed.get("status").asString()).isEqualTo("OPEN");
        String moved = resumed.get("deadline").asString();
        assertThat(supplied.get("deadlineAfter").asString()).isEqualTo(moved);
        JsonNode days = reviewer.get("/api/v1/calendar/working-days?from={f}&to={t}", deadline, moved);
        assertThat(days.get("workingDays").asInt()).isEqualTo(3);
        assertThat(api.as("supervisor", "SUPERVISOR").get("/api/v1/audit/records?subject=case&subjectId={n}", number).toString())
                .contains("correctionSupplied");

        // The reviewer fetches the files; a second answer is refused.
        String href = supplied.get("files").get(0).get("href").asString();
        MvcResult file = mvc.perform(MockMvcRequestBuilders.get(href).with(user("story-scjg-reviewer").roles("REVIEWER")))
                .andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        // served by the same rules as every file of a case (ADR 0028): inline only as what its bytes are
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getResponse().getHeader("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
        MvcResult download = mvc.perform(MockMvcRequestBuilders.get(href).param("download", "true")
                .with(user("story-scjg-reviewer").roles("REVIEWER"))).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentType()).isEqualTo("application/octet-stream");
        MvcResult again = answer(applicant.principal(), number, requestId, new MockMultipartFile("files", "又一份.pdf", null, PDF));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(again).get("code").asString()).isEqualTo("casework-correction-not-awaited");

        List<String> kinds = applicant.account().get("/api/v1/me/messages").valueStream()
                .map(m -> m.get("kind").asString()).toList();
        assertThat(kinds.subList(0, 2)).containsExactly("correction-received", "correction");
        assertThat(applicant.account().get("/api/v1/me/messages").get(0).get("text").asString())
                .contains("补正材料已收到", "2026-10-22", moved);
        assertThat(other.account().get("/api/v1/me/messages").toString()).doesNotContain(number);

        // Approved: the certificate is on the case and in the applicant's wallet, not in another's.
        reviewer.post("/api/v1/reviews/{id}/opinion", body("opinion", "CONSENT"), review.get("id").asLong());
        reviewer.post("/api/v1/cases/{n}/items/{code}/decision", body("approve", true), number, ITEM);
        JsonNode ofCase = applicant.account().get("/api/v1/cases/{n}/certificates", number);
        assertThat(ofCase).hasSize(1);
        assertThat(ofCase.get(0).get("status").asString()).isEqualTo("VALID");
        assertThat(ofCase.toString()).doesNotContain(id);
        String certificate = ofCase.get(0).get("number").asString();
        assertThat(applicant.account().get("/api/v1/me/certificates").valueStream().map(c -> c.get("number").asString()))
                .contains(certificate);
        assertThat(other.account().get("/api/v1/me/certificates").toString()).doesNotContain(certificate);
        assertThat(other.account().finds("/api/v1/me/certificates/{c}/pdf", certificate)).isFalse();
        // the PDF, made with the configured Chinese font
        assertThat(new String(applicant.account().pdf("/api/v1/me/certificates/{c}/pdf", certificate), 0, 5,
                StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void a_correction_handed_in_on_paper_is_recorded_by_the_department_the_same_way() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        Applicant applicant = anApplicant(id, "13700004321");
        String number = acceptedCaseOf(applicant, id, "13700004321");
        long task = reviewOf(number).get("id").asLong();
        reviewer.post("/api/v1/reviews/{id}/opinion", body("opinion", "CORRECTION", "text", POINTS), task);

        MovableClock.CLOCK.setDay("2026-10-20");
        reviewer.post("/api/v1/reviews/{id}/resumption", null, task);

        JsonNode request = applicant.account().get("/api/v1/cases/{n}/corrections", number).get(0);
        assertThat(request.get("supplied").asBoolean()).isTrue();
        assertThat(request.get("channel").asString()).isEqualTo("DEPARTMENT");
        assertThat(request.get("files")).isEmpty();
        assertThat(reviewOf(number).get("status").asString()).isEqualTo("OPEN");
        assertThat(request.get("deadlineAfter").asString()).isEqualTo(reviewOf(number).get("deadline").asString());
        assertThat(applicant.account().get("/api/v1/me/messages").get(0).get("kind").asString())
                .isEqualTo("correction-received");
    }
    @Test
    void a_pledged_material_is_handed_in_on_the_portal_after_acceptance() throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        Applicant applicant = anApplicant(id, "13700007777");
        List<JsonNode> materials = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream().toList();
        String pledged = materials.stream().filter(m -> m.get("necessity").asString().equals("DEFERRABLE"))
                .map(m -> m.get("key").asString()).findFirst().orElseThrow();
        String[] others = materials.stream().map(m -> m.get("key").asString()).filter(k -> !k.equals(pledged))
                .toArray(String[]::new);
        String number = applicant.account().submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(id).named("钱补正").withPhone("13700007777")).providing(others))
                .get("number").asString();
        clerk.post("/api/v1/cases/{n}/pledge-acceptance", body("pledgeText", "本人承诺于期限内补交授权委托书"), number);
        assertThat(applicant.account().get("/api/v1/cases/{n}", number).get("status").asString())
                .isEqualTo("ACCEPTED_ON_PLEDGE");
        assertThat(applicant.account().page("/portal/cases/{n}", number))
                .contains("/portal/cases/" + number + "/materials/" + pledged);

        MvcResult handedIn = mvc.perform(MockMvcRequestBuilders.multipart("/portal/cases/{n}/materials/{k}", number, pledged)
                .file(new MockMultipartFile("file", "授权委托书.pdf", null, PDF))
                .with(user(applicant.principal()).roles("APPLICANT")).with(csrf())).andReturn();
        assertThat(handedIn.getResponse().getRedirectedUrl()).isEqualTo("/portal/cases/" + number);
        JsonNode kept = applicant.account().get("/api/v1/cases/{n}", number);
        assertThat(kept.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(kept.get("materials").valueStream().filter(m -> m.get("key").asString().equals(pledged))
                .findFirst().orElseThrow().get("status").asString()).isEqualTo("PROVIDED");
    }
}
