package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The reform's own story of a sewage outfall into a river (入河排污口设置一件事, YJS-RHPWK of the demo catalog),
 * through the API, handed in just before the 2026 Spring Festival: ecology and environment, water resources and
 * natural resources review in parallel; the centre's coordinator convenes one joint material review (联合会审) and
 * one joint site inspection (联合勘查) instead of serial visits; the outfall's feasibility report goes to an expert
 * review (专家评审) that stops the ecology bureau's clock; every deadline is counted on the published 2026 calendar
 * across the holiday and its make-up working Saturdays; then the pollutant discharge permit follows, and all
 * results go out by express. The reviewers are the story's own, opened by the administrator (the demo people have
 * none in these departments); the coordinator and the clerk are the demo ones.
 */
@StoryTest
class SewageOutletStoryTests {

    private static final String BUNDLE = "YJS-RHPWK";
    private static final String OUTFALL = "XK-STHJ-005";
    private static final String RIVER_WORKS = "XK-SLJ-003";
    private static final String TEMPORARY_LAND = "XK-ZRZY-005";
    private static final String DISCHARGE_PERMIT = "XK-STHJ-003";
    private static final List<String> DEPARTMENTS = List.of("STHJ", "SLJ", "ZRZY");

    @Autowired
    StoryApi api;

    @Autowired
    CertificateRegister certificates;

    Person clerk;
    Person coordinator;

    @BeforeEach
    void each_department_has_a_reviewer() throws Exception {
        clerk = api.as("clerk", "CLERK");
        coordinator = api.as("coordinator", "COORDINATOR");
        for (String department : DEPARTMENTS) {
            api.official(reviewerName(department), "审查员 " + department, department, "REVIEWER");
        }
    }

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private static String reviewerName(String department) {
        return "story-" + department.toLowerCase() + "-reviewer";
    }

    private Person reviewer(String department) {
        return api.as(reviewerName(department), "REVIEWER");
    }

    /** The case's review of an item by a department, as the department sees it. */
    private JsonNode review(String number, String item, String department) throws Exception {
        return reviewer(department).get("/api/v1/cases/{n}/reviews", number).valueStream()
                .filter(r -> r.get("itemCode").asString().equals(item) && r.get("department").asString().equals(department))
                .findFirst().orElseThrow();
    }

    private JsonNode answer(String number, String item, String department, String opinion, String text) throws Exception {
        return reviewer(department).post("/api/v1/reviews/{id}/opinion", body("opinion", opinion, "text", text),
                review(number, item, department).get("id").asLong());
    }

    private JsonNode decide(String number, String item, String department, String reasons) throws Exception {
        return reviewer(department).post("/api/v1/cases/{n}/items/{code}/decision", body("approve", true, "reasons", reasons),
                number, item);
    }

    private void attend(long meeting, String department, String opinion) throws Exception {
        reviewer(department).post("/api/v1/meetings/{id}/attendance", body("attended", true, "opinion", opinion), meeting);
    }

    private static String beijing(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(MovableClock.CLOCK.getZone()).toInstant().toString();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void joint_review_joint_inspection_and_an_expert_review_across_the_spring_festival() throws Exception {
        String company = TestIdentities.aCreditCode();

        // Tuesday 10 February 2026, the last week before the Spring Festival: handed in once, accepted at once.
        MovableClock.CLOCK.setDay("2026-02-10");
        String[] everyMaterial = clerk.get("/api/v1/intake/materials?bundle={b}", BUNDLE).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = clerk.submit(aCase().ofBundle(BUNDLE).withApplicant(aCompany().identifiedBy(company)
                .named("示例清源污水处理有限公司").withPhone("13900008888").representedBy("褚十六")).providing(everyMaterial))
                .get("number").asString();
        assertThat(clerk.post("/api/v1/cases/{n}/acceptance", null, number).get("status").asString()).isEqualTo("ACCEPTED");

        // Working days after Tue 02-10 on the 2026 calendar: 02-11, 02-12, 02-13, Sat 02-14 (make-up working day),
        // then the holiday 02-15 … 02-23, then 02-24 (5th), 02-25, 02-26, 02-27, Sat 02-28 (make-up, 9th),
        // Mon 03-02 (10th). So the ten-day reviews are due on 03-02 and temporary land use (5 days) on 02-24.
        assertThat(coordinator.get("/api/v1/cases/{n}/reviews", number).valueStream()
                .map(r -> String.join(" ", r.get("itemCode").asString(), r.get("department").asString(),
                        r.get("status").asString(), r.get("deadline").isNull() ? "-" : r.get("deadline").asString())))
                .containsExactlyInAnyOrder(
                        OUTFALL + " STHJ OPEN 2026-03-02",
                        OUTFALL + " SLJ OPEN 2026-03-02",
                        RIVER_WORKS + " SLJ OPEN 2026-03-02",
                        TEMPORARY_LAND + " ZRZY OPEN 2026-02-24",
                        DISCHARGE_PERMIT + " STHJ WAITING -");

        // The coordinator convenes the joint material review for Thursday and the joint inspection for Friday.
        long jointReview = coordinator.post("/api/v1/cases/{n}/meetings", body("kind", "JOINT_REVIEW",
                "at", beijing("2026-02-12T09:30"), "place", "市民中心三楼联审室", "departments", DEPARTMENTS), number)
                .get("id").asLong();
        long inspection = coordinator.post("/api/v1/cases/{n}/meetings", body("kind", "JOINT_INSPECTION",
                "at", beijing("2026-02-13T09:00"), "place", "示例河东岸拟设排污口处", "departments", DEPARTMENTS), number)
                .get("id").asLong();
        assertThat(reviewer("SLJ").get("/api/v1/cases/{n}/meetings", number).valueStream().map(m -> m.get("kind").asString()))
                .containsExactly("JOINT_REVIEW", "JOINT_INSPECTION");

        MovableClock.CLOCK.setDay("2026-02-12");
        attend(jointReview, "STHJ", "论证报告对纳污能力的分析须经专家评审");
        attend(jointReview, "SLJ", "工程建设方案基本可行，待现场核实行洪影响");
        attend(jointReview, "ZRZY", "临时用地范围待现场核实");
        JsonNode closed = coordinator.post("/api/v1/meetings/{id}/closing", null, jointReview);
        assertThat(closed.get("participants").valueStream()
                .map(p -> p.get("department").asString() + " " + p.get("attended").asBoolean()))
                .containsExactly("SLJ true", "STHJ true", "ZRZY true");
        assertThat(text(reviewer("STHJ").pdf("/api/v1/meetings/{id}/minutes", jointReview))).contains("联合会审纪要")
                .contains("论证报告对纳污能力的分析须经专家评审").contains("市民中心三楼联审室");
        JsonNode suspended = reviewer("STHJ").post("/api/v1/reviews/{id}/suspension",
                body("reason", "EXPERT_REVIEW", "note", "组织专家评审入河排污口设置论证报告"),
                review(number, OUTFALL, "STHJ").get("id").asLong());
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");

        MovableClock.CLOCK.setDay("2026-02-13");
        attend(inspection, "STHJ", "排口位置避开饮用水水源保护区");
        attend(inspection, "SLJ", "不影响行洪，同意设置");
        attend(inspection, "ZRZY", "临时用地范围与申请一致");
        coordinator.post("/api/v1/meetings/{id}/closing", null, inspection);
        assertThat(text(coordinator.pdf("/api/v1/meetings/{id}/minutes", inspection))).contains("联合勘查纪要")
                .contains("不影响行洪，同意设置");
        answer(number, OUTFALL, "SLJ", "CONSENT", "");
        answer(number, RIVER_WORKS, "SLJ", "CONSENT", "");
        answer(number, TEMPORARY_LAND, "ZRZY", "CONSENT_WITH_CONDITIONS", "临时用地期限不超过两年，期满恢复原状");

        // The experts report on Thursday 02-26. The clock stood still on the working days after 02-12 up to 02-26:
        // 02-13, Sat 02-14, 02-24, 02-25, 02-26 — five; the holiday in between was never counted. Five working days
        // after 03-02 are 03-03, 03-04, 03-05, 03-06 and Mon 03-09.
        MovableClock.CLOCK.setDay("2026-02-26");
        JsonNode resumed = reviewer("STHJ").post("/api/v1/reviews/{id}/resumption", null,
                review(number, OUTFALL, "STHJ").get("id").asLong());
        assertThat(resumed.get("status").asString()).isEqualTo("OPEN");
        assertThat(resumed.get("deadline").asString()).isEqualTo("2026-03-09");

        // Tuesday 03-03, past the first deadline but within the one the suspension moved: the last opinion is in,
        // and the discharge permit's review opens, due ten working days later on Tuesday 03-17.
        MovableClock.CLOCK.setDay("2026-03-03");
        answer(number, OUTFALL, "STHJ", "CONSENT", "");
        JsonNode permitReview = review(number, DISCHARGE_PERMIT, "STHJ");
        assertThat(permitReview.get("status").asString()).isEqualTo("OPEN");
        assertThat(permitReview.get("openedOn").asString()).isEqualTo("2026-03-03");
        assertThat(permitReview.get("deadline").asString()).isEqualTo("2026-03-17");
        decide(number, OUTFALL, "STHJ", "");
        decide(number, RIVER_WORKS, "SLJ", "");
        assertThat(decide(number, TEMPORARY_LAND, "ZRZY", "临时用地期限不超过两年").get("approved").asBoolean()).isTrue();

        MovableClock.CLOCK.setDay("2026-03-05");
        answer(number, DISCHARGE_PERMIT, "STHJ", "CONSENT", "");
        assertThat(decide(number, DISCHARGE_PERMIT, "STHJ", "").get("decidedOn").asString()).isEqualTo("2026-03-05");
        String permit = certificates.issuedFor(number, DISCHARGE_PERMIT).orElseThrow().number();
        JsonNode verified = api.anyone().get("/api/v1/certificates/{number}", permit);
        assertThat(verified.get("status").asString()).isEqualTo("VALID");
        assertThat(verified.get("type").asString()).isEqualTo("排污许可证");
        assertThat(verified.get("holderIdentifier").asString()).isEqualTo(company);

        // Everything goes out by express; the carrier's report of delivery completes the case, in one visit.
        String tracking = "EMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonNode shipped = clerk.post("/api/v1/cases/{n}/delivery/express", body("recipient", "褚十六",
                "phone", "13900008888", "address", "示例市滨河路 1 号", "carrier", "中国邮政EMS", "trackingNumber", tracking),
                number);
        assertThat(shipped.get("status").asString()).isEqualTo("SHIPMENT_CREATED");
        assertThat(api.carrierReports("ems", tracking, "DELIVERED").get("status").asString()).isEqualTo("DELIVERED");
        JsonNode done = api.anyone().get("/api/v1/public/cases/{n}?phoneLastFour=8888", number);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("visitCount").asInt()).isEqualTo(1);
    }
}
