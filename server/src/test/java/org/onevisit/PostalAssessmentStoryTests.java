package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.AssessmentFigures.assertFigure;
import static org.onevisit.StoryApi.body;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.people.TestIdentities;
import org.onevisit.postal.TrackingNumbers;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A case by post in the assessment (绩效考核): a department of its own (测试部门 TKHP) decides, in November 2026, one case
 * that came by post and was accepted remotely. It cost no visit, so it counts as handled with at most one visit
 * (跑一次率 1/1, 0 visits a case); it was applied for on paper, so it is not 网办 (网办率 0/1); and it counts for no
 * counter, having had none (ADR 0038, ADR 0044).
 */
@StoryTest
class PostalAssessmentStoryTests {

    private static final String DEPARTMENT = "TKHP";
    private static final String ITEM = "XK-TKHP-001";

    @Autowired
    StoryApi api;

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Test
    void a_case_by_post_counts_no_visit_and_is_not_online() throws Exception {
        MovableClock.CLOCK.setDay("2026-10-30");
        Person admin = api.as("admin", "ADMIN");
        Person clerk = api.as("clerk", "CLERK");
        admin.upload("/api/v1/catalog/import", "postal-assessment.yaml", ("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department(DEPARTMENT, 9761) + "items:\n"
                + TestCatalogs.item(ITEM, "邮寄考核测试许可", "ADMINISTRATIVE_LICENCE", DEPARTMENT, 20, 5))
                .getBytes(StandardCharsets.UTF_8));
        Person chief = api.official("tkhp-chief", "首席代表（邮寄考核）", DEPARTMENT, "CHIEF_REPRESENTATIVE", "REVIEWER");
        if (!admin.get("/api/v1/staff/{u}/delegations/check?item={i}&date={d}", "tkhp-chief", ITEM, "2026-10-30")
                .get("delegated").asBoolean()) {
            admin.post("/api/v1/staff/{username}/delegations", body("itemCode", ITEM, "validFrom", "2026-10-30"),
                    "tkhp-chief");
        }
        Person supervisor = api.official("tkh-supervisor", "监督人员（考核）", null, "SUPERVISOR");

        MovableClock.CLOCK.setDay("2026-11-03");
        long id = clerk.post("/api/v1/postal-items", body("trackingNumber", TrackingNumbers.anEmsNumber(), "carrier",
                "中国邮政EMS", "sender", body("name", "孙邮寄", "phone", "13700002468", "address", "示例市江北区邮政路 24 号"),
                "appliedFor", "邮寄考核测试许可")).get("id").asLong();
        java.util.Map<String, String> provided = new java.util.LinkedHashMap<>();
        clerk.get("/api/v1/intake/materials?item={i}", ITEM).valueStream()
                .forEach(m -> provided.put(m.get("key").asString(), "PROVIDED"));
        String number = clerk.postOnce("postal-assessment-" + id, "/api/v1/postal-items/{id}/case", body("item", ITEM,
                "applicant", body("kind", "NATURAL_PERSON", "idNumber", TestIdentities.aResidentIdNumber(), "name", "孙邮寄",
                        "phone", "13700002468"), "materials", provided), id).get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        assertThat(clerk.get("/api/v1/cases/{n}", number).get("visitCount").asInt()).isZero();

        MovableClock.CLOCK.setDay("2026-12-02");
        JsonNode unit = supervisor.get("/api/v1/assessment?period=2026-11").get("units").valueStream()
                .filter(u -> u.get("unit").asString().equals(DEPARTMENT)).findFirst().orElseThrow();
        assertFigure(unit, "visitsPerCase", 0, 1);
        assertFigure(unit, "oneVisit", 1, 1);
        assertFigure(unit, "online", 0, 1);
        JsonNode byCounter = supervisor.get("/api/v1/assessment?period=2026-11&by=counter");
        assertThat(byCounter.get("units").valueStream().map(u -> u.get("unit").asString()))
                .doesNotContain("T09761");
    }
}
