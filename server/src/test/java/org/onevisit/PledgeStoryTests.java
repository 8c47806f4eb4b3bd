package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.Channel;
import org.onevisit.casework.PledgeTimerRuns;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The reform's own story of 容缺受理 on the demo catalog's 建设工程规划许可证核发 (XK-ZRZY-003), through the API:
 * three companies hand in everything but the power of attorney (授权委托书, a material the catalog lets them supply
 * later) and are accepted on their pledges the same Monday. Review and decision go ahead at once. One company
 * supplies the paper online on the last day and gets its permit by express, the result held back until then; the
 * second never does, and the day after the deadline its case is terminated and it is told by text message; the
 * third was decided before its deadline, so its case ends all the same and the permit it got is revoked.
 * The pledge timers run as the scheduler runs them; everything else is a call on the API.
 */
@StoryTest
class PledgeStoryTests {

    private static final String ITEM = "XK-ZRZY-003";
    private static final String REVIEWER = "story-zrzy-reviewer";
    private static final String PLEDGE = "本单位承诺于期限内补交授权委托书及受托人身份证明，逾期终止办理";
    private static final byte[] POWER_OF_ATTORNEY = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 授权委托书\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    StoryApi api;

    @Autowired
    ApplicationContext context;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Notifications notifications;

    Person clerk;
    Person reviewer;

    @BeforeEach
    void the_department_has_a_reviewer() throws Exception {
        clerk = api.as("clerk", "CLERK");
        reviewer = api.official(REVIEWER, "规划审查员", "ZRZY", "REVIEWER");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /**
     * A company's case with everything but the deferrable material, accepted at the counter on its signed pledge:
     * applied for online on the company's portal account when {@code account} is given, else handed in at the counter.
     */
    private JsonNode acceptedOnPledge(String company, String name, String phone, @Nullable Person account) throws Exception {
        String[] allButDeferrable = clerk.get("/api/v1/intake/materials?item={item}", ITEM).valueStream()
                .filter(m -> !m.get("necessity").asString().equals("DEFERRABLE")).map(m -> m.get("key").asString())
                .toArray(String[]::new);
        var handedIn = aCase().of(ITEM).withApplicant(aCompany().identifiedBy(company).named(name).withPhone(phone)
                .representedBy("郑十四")).providing(allButDeferrable);
        JsonNode received = account == null ? clerk.submit(handedIn) : account.submit(handedIn.on(Channel.WEB));
        // the pledge is signed at the counter, in the applicant's presence
        JsonNode pledged = clerk.postAtCounter("/api/v1/cases/{n}/pledge-acceptance", body("pledgeText", PLEDGE),
                received.get("number").asString());
        assertThat(reviewOf(pledged.get("number").asString()).get("status").asString()).isEqualTo("OPEN");
        return pledged;
    }

    private JsonNode reviewOf(String number) throws Exception {
        return reviewer.get("/api/v1/cases/{n}/reviews", number).get(0);
    }

    private void consentAndApprove(String number) throws Exception {
        reviewer.post("/api/v1/reviews/{id}/opinion", body("opinion", "CONSENT"), reviewOf(number).get("id").asLong());
        reviewer.post("/api/v1/cases/{n}/items/{code}/decision", body("approve", true), number, ITEM);
    }

    private JsonNode certificateOf(String number) throws Exception {
        return api.anyone().get("/api/v1/certificates/{number}", certificates.issuedFor(number, ITEM).orElseThrow().number());
    }

    private List<String> textsAbout(String number, String kind) {
        return notifications.about(number).stream().filter(m -> m.kind().equals(kind)).map(m -> m.body()).toList();
    }

    @Test
    void a_pledge_kept_in_time_gets_its_result_and_a_pledge_broken_ends_the_case() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-02");
        String keeper = TestIdentities.aCreditCode();
        Person keepersAccount = api.as(api.anyone().post("/api/v1/applicants", body("kind", "LEGAL_PERSON",
                "creditCode", keeper, "name", "示例守信建设有限公司", "phone", "13600001111", "legalRepresentative", "郑十四",
                "password", "keeper-pass-1")).get("principal").asString(), "APPLICANT");
        JsonNode kept = acceptedOnPledge(keeper, "示例守信建设有限公司", "13600001111", keepersAccount);
        JsonNode broken = acceptedOnPledge(TestIdentities.aCreditCode(), "示例逾期建设有限公司", "13600002222", null);
        JsonNode decidedThenBroken = acceptedOnPledge(TestIdentities.aCreditCode(), "示例失信建设有限公司", "13600003333", null);
        String keptNumber = kept.get("number").asString();
        String brokenNumber = broken.get("number").asString();
        String decidedThenBrokenNumber = decidedThenBroken.get("number").asString();

        // Promised limit 7 working days, less the margin of 2: five working days after Monday 11-02 is Monday 11-09;
        // the reminder goes out two working days before it, on Thursday 11-05.
        assertThat(kept.get("status").asString()).isEqualTo("ACCEPTED_ON_PLEDGE");
        assertThat(kept.get("pledge").get("supplementBy").asString()).isEqualTo("2026-11-09");
        assertThat(kept.get("pledge").get("remindOn").asString()).isEqualTo("2026-11-05");
        assertThat(kept.get("pledge").get("materials").valueStream().map(JsonNode::asString))
                .containsExactly("授权委托书及受托人身份证明");
        assertThat(keepersAccount.get("/api/v1/cases/{n}", keptNumber).get("status").asString())
                .isEqualTo("ACCEPTED_ON_PLEDGE");

        // Review and decision do not wait for the pledged paper, but the result does.
        MovableClock.CLOCK.setDay("2026-11-04");
        consentAndApprove(keptNumber);
        assertThat(clerk.get("/api/v1/cases/{n}/delivery", keptNumber).get("status").asString()).isEqualTo("WITHHELD");
        assertThat(clerk.refused("/api/v1/cases/{n}/delivery/pickup", null, keptNumber).get("code").asString())
                .isEqualTo("delivery-withheld");
        consentAndApprove(decidedThenBrokenNumber);
        assertThat(certificateOf(decidedThenBrokenNumber).get("status").asString()).isEqualTo("VALID");

        MovableClock.CLOCK.setDay("2026-11-05");
        PledgeTimerRuns.pledgeTimers(context);
        assertThat(textsAbout(keptNumber, "pledge-reminder")).hasSize(1);
        assertThat(textsAbout(brokenNumber, "pledge-reminder")).hasSize(1);

        // The last day: the deadline has not passed yet, and one company uploads its power of attorney online.
        MovableClock.CLOCK.setDay("2026-11-09");
        PledgeTimerRuns.pledgeTimers(context);
        assertThat(clerk.get("/api/v1/cases/{n}", brokenNumber).get("status").asString()).isEqualTo("ACCEPTED_ON_PLEDGE");
        String deferrable = kept.get("materials").valueStream().filter(m -> m.get("status").asString().equals("PLEDGED"))
                .findFirst().orElseThrow().get("key").asString();
        JsonNode supplemented = keepersAccount.upload("/api/v1/cases/{n}/materials/{key}/files", "授权委托书.pdf",
                POWER_OF_ATTORNEY, keptNumber, deferrable);
        assertThat(supplemented.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(supplemented.get("missing")).isEmpty();

        // The result is released and goes out by express; the carrier's report of delivery completes the case.
        assertThat(clerk.post("/api/v1/cases/{n}/delivery/release", null, keptNumber).get("status").asString())
                .isEqualTo("AWAITING_CHOICE");
        String tracking = "SF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        clerk.post("/api/v1/cases/{n}/delivery/express", body("recipient", "郑十四", "phone", "13600001111",
                "address", "示例市开发区创业路 6 号", "carrier", "顺丰速运", "trackingNumber", tracking), keptNumber);
        api.carrierReports("sf", tracking, "DELIVERED");
        JsonNode done = keepersAccount.get("/api/v1/cases/{n}", keptNumber);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("visitCount").asInt()).isEqualTo(1);
        assertThat(certificateOf(keptNumber).get("status").asString()).isEqualTo("VALID");

        // The day after the deadline the broken pledge ends the case; the applicant is told by text message.
        MovableClock.CLOCK.setDay("2026-11-10");
        PledgeTimerRuns.pledgeTimers(context);
        JsonNode ended = clerk.get("/api/v1/cases/{n}", brokenNumber);
        assertThat(ended.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(ended.get("closingNote").asString()).contains("容缺承诺逾期未补交");
        assertThat(api.anyone().get("/api/v1/public/cases/{n}?phoneLastFour=2222", brokenNumber).get("status").asString())
                .isEqualTo("TERMINATED");
        assertThat(textsAbout(brokenNumber, "terminated")).singleElement()
                .satisfies(text -> assertThat(text).contains("2026-11-09").contains("已终止办理").contains(brokenNumber));
        assertThat(clerk.get("/api/v1/cases/{n}", keptNumber).get("status").asString()).isEqualTo("COMPLETED");

        // A supplement that comes now is too late; the departments stop reviewing and nothing is decided.
        assertThat(clerk.refused("/api/v1/cases/{n}/materials/{key}", body("status", "PROVIDED"), brokenNumber, deferrable)
                .get("code").asString()).isEqualTo("intake-wrong-state");
        Await.untilAnswered(() -> reviewOf(brokenNumber).get("status").asString().equals("CLOSED"));
        JsonNode closedReview = reviewOf(brokenNumber);
        assertThat(closedReview.get("status").asString()).isEqualTo("CLOSED");
        assertThat(reviewer.get("/api/v1/casework/inbox").valueStream().map(t -> t.get("caseNumber").asString()))
                .doesNotContain(brokenNumber);
        assertThat(reviewer.refused("/api/v1/reviews/{id}/opinion", body("opinion", "CONSENT"), closedReview.get("id").asLong())
                .get("code").asString()).isEqualTo("casework-wrong-state");
        assertThat(reviewer.refused("/api/v1/cases/{n}/items/{code}/decision", body("approve", true), brokenNumber, ITEM)
                .get("code").asString()).isEqualTo("casework-case-closed");
        assertThat(certificates.issuedFor(brokenNumber, ITEM)).isEmpty();

        // Decided before its deadline, but the pledge was never kept: the case ends all the same, and the
        // certificate the approval rested on is revoked, so it no longer serves as proof or for reuse.
        assertThat(clerk.get("/api/v1/cases/{n}", decidedThenBrokenNumber).get("status").asString()).isEqualTo("TERMINATED");
        Await.untilAnswered(() -> certificateOf(decidedThenBrokenNumber).get("status").asString().equals("REVOKED"));
        JsonNode revoked = certificateOf(decidedThenBrokenNumber);
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revocationReason").asString()).startsWith("办件终止，审批决定撤销：").contains("容缺承诺逾期未补交");
    }
}
