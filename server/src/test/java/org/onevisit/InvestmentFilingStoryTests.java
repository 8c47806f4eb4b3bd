package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The reform's own story of an enterprise investment project filed in one visit (企业投资项目备案、拿地即开工),
 * through the API: the project filing, the environmental impact registration, the land-use planning permit and the
 * construction permit of the demo catalog are handed in once at the counter; the four departments' chief
 * representatives (首席代表) each decide their item on the spot under their delegation lists; the two permits are
 * issued as e-certificates the same day and handed over before the applicant leaves. One visit.
 *
 * <p>The demo catalog's investment bundle (YJS-TZXM) runs these steps in five stages with expert reviews and site
 * inspections, which no chief representative may decide alone; so the administrator imports the story's own
 * one-stage bundle of the four demo items and opens its chief representatives with their delegations (the demo
 * people delegate only market regulation and land registry items).
 */
@StoryTest
class InvestmentFilingStoryTests {

    private static final String BUNDLE = "YJS-TZBA-STORY";
    private static final String TODAY = "2026-10-19";
    private static final List<String> ITEMS = List.of("QT-FGJ-001", "BA-STHJ-001", "XK-ZRZY-002", "XK-ZJJ-001");

    /** Each item's department and its chief representative, whose delegation list holds the item. */
    private static final Map<String, String> DEPARTMENTS = Map.of(
            "QT-FGJ-001", "FGJ", "BA-STHJ-001", "STHJ", "XK-ZRZY-002", "ZRZY", "XK-ZJJ-001", "ZJJ");

    @Autowired
    StoryApi api;

    @Autowired
    CertificateRegister certificates;

    Person admin;
    Person clerk;

    @BeforeEach
    void the_bundle_and_the_chief_representatives_are_there() throws Exception {
        MovableClock.CLOCK.setDay(TODAY);
        admin = api.as("admin", "ADMIN");
        clerk = api.as("clerk", "CLERK");
        String yaml = """
                format: onevisit-catalog/1
                bundles:
                  - code: %s
                    name: 企业投资项目备案与开工一件事
                    description: 项目备案、环评登记表备案、建设用地规划许可和施工许可一次申请，首席代表当场办结。
                    lifeEvents: [CONSTRUCTION]
                    leadDepartment: FGJ
                    stages:
                      - key: S1
                        name: 首席代表当场办结
                        items: [QT-FGJ-001, BA-STHJ-001, XK-ZRZY-002, XK-ZJJ-001]
                        after: []
                        joint: NONE
                """.formatted(BUNDLE);
        admin.upload("/api/v1/catalog/import", "story.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        for (String item : ITEMS) {
            String chief = chiefOf(item);
            api.official(chief, "首席代表 " + DEPARTMENTS.get(item), DEPARTMENTS.get(item), "CHIEF_REPRESENTATIVE", "REVIEWER");
            if (!admin.get("/api/v1/staff/{u}/delegations/check?item={i}&date={d}", chief, item, TODAY).get("delegated")
                    .asBoolean()) {
                admin.post("/api/v1/staff/{username}/delegations", body("itemCode", item, "validFrom", TODAY), chief);
            }
        }
    }

    private static String chiefOf(String item) {
        return "story-" + DEPARTMENTS.get(item).toLowerCase() + "-chief";
    }

    private Person chief(String item) {
        return api.as(chiefOf(item), "CHIEF_REPRESENTATIVE", "REVIEWER");
    }

    @Test
    void four_chief_representatives_decide_in_the_same_visit_and_the_permits_are_issued_on_the_spot() throws Exception {
        String company = TestIdentities.aCreditCode();
        List<JsonNode> materials = List.copyOf(clerk.get("/api/v1/intake/materials?bundle={b}", BUNDLE).valueStream().toList());
        JsonNode received = clerk.submit(aCase().ofBundle(BUNDLE).withApplicant(aCompany().identifiedBy(company)
                .named("示例精密制造有限公司").withPhone("13700005555").representedBy("钱十一"))
                .providing(materials.stream().map(m -> m.get("key").asString()).toArray(String[]::new)));
        String number = received.get("number").asString();
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("missing")).isEmpty();

        JsonNode accepted = clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(reviews(number)).containsExactlyInAnyOrder("FGJ OPEN", "STHJ OPEN", "ZRZY OPEN", "ZJJ OPEN");

        // A chief representative decides only what their own delegation list holds.
        JsonNode refused = chief("XK-ZJJ-001").refused("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number,
                "XK-ZRZY-002");
        assertThat(refused.get("code").asString()).isEqualTo("casework-not-delegated");

        for (String item : ITEMS) {
            JsonNode decided = chief(item).post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, item);
            assertThat(decided.get("approved").asBoolean()).isTrue();
            assertThat(decided.get("decidedOn").asString()).isEqualTo(TODAY);
            assertThat(decided.get("holderIdentifier").asString()).isEqualTo(company);
        }
        assertThat(clerk.get("/api/v1/cases/{n}/reviews", number).valueStream()).hasSize(4).allSatisfy(review -> {
            assertThat(review.get("status").asString()).isEqualTo("CONSENTED");
            assertThat(review.get("delegated").asBoolean()).isTrue();
            assertThat(review.get("decidedBy").asString()).isEqualTo(chiefOf(review.get("itemCode").asString()));
        });

        // The land-use planning permit and the construction permit are licences: e-certificates, valid from today,
        // as anyone who checks them sees.
        for (String item : List.of("XK-ZRZY-002", "XK-ZJJ-001")) {
            String certificate = certificates.issuedFor(number, item).orElseThrow().number();
            JsonNode verified = api.anyone().get("/api/v1/certificates/{number}", certificate);
            assertThat(verified.get("status").asString()).isEqualTo("VALID");
            assertThat(verified.get("issuedOn").asString()).isEqualTo(TODAY);
            assertThat(verified.get("holderIdentifier").asString()).isEqualTo(company);
        }
        assertThat(certificates.issuedFor(number, "QT-FGJ-001")).isEmpty();

        // The results wait at the counter and are handed over in the same visit: no second trip.
        assertThat(clerk.post("/api/v1/cases/{n}/delivery/pickup", null, number).get("status").asString())
                .isEqualTo("PICKUP_READY");
        assertThat(clerk.post("/api/v1/cases/{n}/delivery/pickup/confirmation", null, number).get("status").asString())
                .isEqualTo("PICKED_UP");
        JsonNode done = clerk.get("/api/v1/cases/{n}", number);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("visitCount").asInt()).isEqualTo(1);
        JsonNode seenByTheApplicant = api.anyone().get("/api/v1/public/cases/{n}?phoneLastFour=5555", number);
        assertThat(seenByTheApplicant.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(seenByTheApplicant.get("visitCount").asInt()).isEqualTo(1);
    }

    /** Each review of the case as "department status", as the counter sees them. */
    private List<String> reviews(String number) throws Exception {
        return clerk.get("/api/v1/cases/{n}/reviews", number).valueStream()
                .map(r -> r.get("department").asString() + " " + r.get("status").asString()).toList();
    }
}
