package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.casework.CaseworkTimers;
import org.onevisit.intake.CaseBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The reform's story of a late department (超时默认), end to end through the API on the demo catalog's enterprise
 * investment project (企业投资项目一次办), whose items deem a missed deadline consent — the 泰州 rule for industrial
 * projects: the filing is done, land, environment and water review in parallel; the water bureau lets its deadline
 * pass; the timer (run as the scheduler runs it) records its deemed consent, flagged and distinct from a real one; the
 * planning stage opens; the water bureau still owes its opinion within one working day, and its late objection is on
 * the case for the lead department without the case going back. A fire-safety review, whose rule allows no deemed
 * consent, stays open and goes red.
 */
@StoryTest
class DeemedConsentStoryTests {

    private static final String BUNDLE = "YJS-TZXM";

    @Autowired
    StoryApi api;

    @Autowired
    ApplicationContext context;

    Person clerk;

    @BeforeEach
    void every_department_has_a_reviewer() throws Exception {
        for (String department : List.of("FGJ", "ZRZY", "STHJ", "SLJ", "ZJJ")) {
            api.official("story5-" + department.toLowerCase(), "审查员 " + department, department, "REVIEWER");
        }
        clerk = api.as("clerk", "CLERK");
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private Person reviewerOf(String department) {
        return api.as("story5-" + department.toLowerCase(), "REVIEWER");
    }

    /** A case of the item or bundle handed in with every material and accepted at the counter. */
    private String accepted(CaseBuilder handedIn, String materialsQuery) throws Exception {
        String[] every = clerk.get("/api/v1/intake/materials?" + materialsQuery).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = clerk.submit(handedIn.withApplicant(aCompany().named("示例新材料有限公司").withPhone("13700009999"))
                .providing(every)).get("number").asString();
        assertThat(clerk.post("/api/v1/cases/{n}/acceptance", null, number).get("status").asString()).isEqualTo("ACCEPTED");
        return number;
    }

    private JsonNode review(String number, String item) throws Exception {
        return clerk.get("/api/v1/cases/{n}/reviews", number).valueStream()
                .filter(r -> r.get("itemCode").asString().equals(item)).findFirst().orElseThrow();
    }

    private void answer(String number, String item, String department, String opinion, String text) throws Exception {
        reviewerOf(department).post("/api/v1/reviews/{id}/opinion", body("opinion", opinion, "text", text),
                review(number, item).get("id").asLong());
    }

    private JsonNode decide(String number, String item, String department, String reasons) throws Exception {
        return reviewerOf(department).post("/api/v1/cases/{n}/items/{code}/decision",
                body("approve", true, "reasons", reasons), number, item);
    }

    @Test
    void a_department_that_lets_its_deadline_pass_is_deemed_to_consent_and_still_owes_its_opinion() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-19");
        String number = accepted(aCase().ofBundle(BUNDLE), "bundle=" + BUNDLE);

        // Stage 1, the filing (备案), is answered the same day.
        answer(number, "QT-FGJ-001", "FGJ", "CONSENT", "");
        // Stage 2 runs in parallel: seven working days each, to Wednesday 10-28.
        assertThat(clerk.get("/api/v1/cases/{n}/reviews", number).valueStream().filter(r -> r.get("stage").asString().equals("S2"))
                .map(r -> String.join(" ", r.get("department").asString(), r.get("status").asString(),
                        r.get("deadline").asString(), String.valueOf(r.get("deemedConsent").asBoolean()))))
                .containsExactlyInAnyOrder("ZRZY OPEN 2026-10-28 true", "STHJ OPEN 2026-10-28 true",
                        "SLJ OPEN 2026-10-28 true");
        MovableClock.CLOCK.setDay("2026-10-20");
        answer(number, "XK-ZRZY-001", "ZRZY", "CONSENT", "");
        answer(number, "XK-STHJ-002", "STHJ", "CONSENT_WITH_CONDITIONS", "施工期落实扬尘防治措施");

        // On the last day nothing is deemed yet; the day after, the water bureau's silence counts as consent.
        MovableClock.CLOCK.setDay("2026-10-28");
        CaseworkTimers.deemLateReviewsConsented(context);
        assertThat(review(number, "XK-SLJ-002").get("status").asString()).isEqualTo("OPEN");
        assertThat(review(number, "XK-ZRZY-003").get("status").asString()).isEqualTo("WAITING");

        MovableClock.CLOCK.setDay("2026-10-29");
        CaseworkTimers.deemLateReviewsConsented(context);
        JsonNode deemed = review(number, "XK-SLJ-002");
        long deemedId = deemed.get("id").asLong();
        assertThat(deemed.get("status").asString()).isEqualTo("DEEMED_CONSENT");
        assertThat(deemed.get("decidedBy").asString()).isEqualTo("system");
        assertThat(deemed.get("opinion").asString()).isEqualTo("超时未出具意见，视为同意");
        // 泰州: the defaulting department gives its opinion within one working day.
        assertThat(deemed.get("opinionOwedBy").asString()).isEqualTo("2026-10-30");
        assertThat(deemed.get("lateOpinion").isNull()).isTrue();
        // The case moves on: the planning permit's review opens.
        JsonNode planning = review(number, "XK-ZRZY-003");
        assertThat(planning.get("status").asString()).isEqualTo("OPEN");
        assertThat(planning.get("openedOn").asString()).isEqualTo("2026-10-29");
        // The supervisor reads the deemed consent in the audit trail, by the system and flagged with its due day.
        assertThat(api.as("supervisor", "SUPERVISOR").get("/api/v1/audit/records?subjectId={n}", number).valueStream()
                .filter(r -> r.get("action").asString().equals("deemConsent")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("actor").asString()).isEqualTo("system");
                    assertThat(r.get("after").get("task").asString()).isEqualTo("XK-SLJ-002/SLJ");
                    assertThat(r.get("after").get("opinionDue").asString()).isEqualTo("2026-10-30");
                });

        // The water bureau's inbox: the owed opinion, with its due day, under the "owed opinions" filter.
        Person water = reviewerOf("SLJ");
        assertThat(water.page("/staff/reviews?status=OWED")).contains(number).contains("超时默认，须于 2026-10-30 前补出意见");
        JsonNode inInbox = water.get("/api/v1/casework/inbox").valueStream().filter(t -> t.get("id").asLong() == deemedId)
                .findFirst().orElseThrow();
        assertThat(inInbox.get("opinionOwedBy").asString()).isEqualTo("2026-10-30");
        assertThat(inInbox.get("status").asString()).isEqualTo("DEEMED_CONSENT");
        assertThat(inInbox.get("light").asString()).isEqualTo("YELLOW");
        assertThat(water.page("/staff/reviews/cases/{n}", number)).contains("/tasks/" + deemedId + "/late-opinion");

        // Only the late department answers for itself.
        assertThat(reviewerOf("ZRZY").refused("/api/v1/reviews/{id}/late-opinion", body("opinion", "CONSENT"), deemedId)
                .get("code").asString()).isEqualTo("casework-not-your-department");

        // The late opinion is an objection: on record, the task still deemed consent, nothing rolled back.
        MovableClock.CLOCK.setDay("2026-10-30");
        JsonNode answered = water.post("/api/v1/reviews/{id}/late-opinion",
                body("opinion", "OBJECTION", "text", "取水口位于水源保护区内，不同意"), deemedId);
        assertThat(answered.get("status").asString()).isEqualTo("DEEMED_CONSENT");
        assertThat(answered.get("lateOpinion").asString()).isEqualTo("OBJECTION");
        assertThat(answered.get("lateOpinionText").asString()).isEqualTo("取水口位于水源保护区内，不同意");
        assertThat(review(number, "XK-ZRZY-003").get("status").asString()).isEqualTo("OPEN");
        assertThat(water.refused("/api/v1/reviews/{id}/late-opinion", body("opinion", "CONSENT"), deemedId)
                .get("code").asString()).isEqualTo("casework-late-opinion-given");

        // The lead department sees the objection on the case; the owed-opinions filter is empty again.
        assertThat(reviewerOf("FGJ").page("/staff/reviews/cases/{n}", number))
                .contains("部门 示例市水利局 在超时默认后补出不同意意见：取水口位于水源保护区内，不同意")
                .contains("补出意见：不同意").contains("由 审查员 SLJ 于 2026-10-30")
                .doesNotContain("/tasks/" + deemedId + "/late-opinion");
        assertThat(water.page("/staff/reviews?status=OWED")).doesNotContain(number);

        // The case continues to decision, item by item in the order of the plan; the late objection is answered.
        assertThat(water.page("/staff/reviews/cases/{n}", number)).contains("须先对事项 企业投资项目备案 作出决定")
                .doesNotContain("/items/XK-SLJ-002/decision\"");
        assertThat(water.refused("/api/v1/cases/{n}/items/{code}/decision", body("approve", true, "reasons", "准予"),
                number, "XK-SLJ-002").get("code").asString()).isEqualTo("casework-decide-in-plan-order");
        decide(number, "QT-FGJ-001", "FGJ", "");
        assertThat(water.refused("/api/v1/cases/{n}/items/{code}/decision", body("approve", true), number, "XK-SLJ-002")
                .get("code").asString()).isEqualTo("casework-decision-reasons-missing");
        assertThat(decide(number, "XK-SLJ-002", "SLJ", "取水口经复核已调整至保护区外，准予").get("approved").asBoolean())
                .isTrue();
        assertThat(decide(number, "XK-ZRZY-001", "ZRZY", "").get("decidedOn").asString()).isEqualTo("2026-10-30");
    }

    @Test
    void a_review_whose_rule_allows_no_deemed_consent_stays_open_and_goes_red() throws Exception {
        assertThat(api.anyone().page("/catalog/items/XK-ZJJ-002")).contains("部门逾期未出具审查意见的，不视为同意");
        assertThat(api.anyone().page("/catalog/items/XK-SLJ-002")).contains("视为同意（超时默认）");

        MovableClock.CLOCK.setDay("2026-10-19");
        String number = accepted(aCase().of("XK-ZJJ-002"), "item=XK-ZJJ-002");
        JsonNode fire = review(number, "XK-ZJJ-002");
        assertThat(fire.get("deemedConsent").asBoolean()).isFalse();
        assertThat(fire.get("deadline").asString()).isEqualTo("2026-10-28");

        MovableClock.CLOCK.setDay("2026-10-30");
        CaseworkTimers.deemLateReviewsConsented(context);
        JsonNode late = reviewerOf("ZJJ").get("/api/v1/cases/{n}/reviews", number).get(0);
        assertThat(late.get("status").asString()).isEqualTo("OPEN");
        assertThat(late.get("light").asString()).isEqualTo("RED");
        assertThat(late.get("workingDaysLeft").asInt()).isEqualTo(-2);
    }
}
