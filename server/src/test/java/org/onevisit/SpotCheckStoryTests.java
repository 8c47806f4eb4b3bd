package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * "谁授权、谁监管": a department's chief representative decides cases on the spot under the department's delegation
 * through November; in December the department's head, who leads its supervision group, opens the month's spot check.
 * Its sample is drawn again here, apart from OneVisit, from the seed on the audit trail by the published algorithm
 * (SHA-256 of {@code seed:caseNumber:itemCode}, the ⌈rate × n⌉ smallest), and the public verification agrees; a sample
 * tampered with in the database is found. Findings are recorded; a violation opens a correction.
 */
@StoryTest
class SpotCheckStoryTests {

    private static final String DEPARTMENT = "TSPC";
    private static final String ITEM = "XK-TSPC-001";

    @Autowired
    StoryApi api;

    @Autowired
    JdbcClient jdbc;

    Person admin;
    Person clerk;
    Person chief;
    Person head;
    Person inspector;
    Person supervisor;

    @BeforeEach
    void the_department_its_delegation_and_its_supervision_group() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-02");
        SupervisedDepartment d = SupervisedDepartment.of(api, DEPARTMENT, 9731, ITEM, "抽查测试许可", "tspc", "抽查");
        admin = d.admin();
        clerk = d.clerk();
        chief = d.chief();
        head = d.head();
        inspector = d.inspector();
        supervisor = d.supervisor();
    }

    @Test
    void a_months_spot_check_draws_a_sample_anyone_can_draw_again() throws Exception {
        // Only an administrator or a supervisor sets a group up, and only the department's head leads it.
        assertThat(head.refusedPut("/api/v1/supervision-groups/{d}", group("tspc-head"), DEPARTMENT).get("status").asInt())
                .isEqualTo(403);
        assertThat(supervisor.refusedPut("/api/v1/supervision-groups/{d}", group("tspc-inspector"), DEPARTMENT)
                .get("code").asString()).isEqualTo("supervision-group-leader-not-head");
        long version = api.as("tspc-supervisor", "SUPERVISOR").get("/api/v1/supervision-groups").valueStream()
                .filter(g -> g.get("department").asString().equals(DEPARTMENT)).mapToLong(g -> g.get("version").asLong())
                .findFirst().orElse(0);
        JsonNode group = supervisor.put("/api/v1/supervision-groups/{d}", body("leader", "tspc-head", "members",
                List.of("tspc-inspector"), "version", version), DEPARTMENT);
        assertThat(group.get("leader").asString()).isEqualTo("tspc-head");

        // November: five decisions under delegation, one of them at 23:30 on the 30th (Beijing time, still
        // November); one at 00:30 on 1 December (the 30th of November in UTC) belongs to December.
        List<String> november = new ArrayList<>();
        for (String day : List.of("2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24")) {
            MovableClock.CLOCK.setDay(day);
            november.add(decidedOnTheSpot());
        }
        MovableClock.CLOCK.setDay("2026-11-30");
        MovableClock.CLOCK.advance(Duration.ofMinutes(14 * 60 + 30));
        november.add(decidedOnTheSpot());
        MovableClock.CLOCK.advance(Duration.ofHours(1));
        String december = decidedOnTheSpot();

        // A month not over yet is not checked.
        assertThat(head.refusedOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-12", "rate", 0.5)).get("code").asString())
                .isEqualTo("spot-check-period-not-over");

        MovableClock.CLOCK.setDay("2026-12-02");
        // below 50 % is refused, in the user's language
        JsonNode tooLow = head.refusedOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11", "rate", 0.4));
        assertThat(tooLow.get("code").asString()).isEqualTo("spot-check-rate-too-low");
        assertThat(tooLow.get("detail").asString()).contains("不得低于50%");

        String key = UUID.randomUUID().toString();
        JsonNode check = head.postOnce(key, "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11", "rate", 0.5));
        long id = check.get("id").asLong();
        String seed = check.get("seed").asString();
        assertThat(keys(check.get("population"))).containsExactlyInAnyOrderElementsOf(
                november.stream().map(n -> n + ":" + ITEM).toList()).doesNotContain(december + ":" + ITEM);

        // The sample, drawn here again by the published algorithm: ⌈0.5 × 5⌉ = 3 smallest SHA-256 keys.
        List<String> expected = november.stream().sorted(Comparator.comparing(n -> sha256(seed + ":" + n + ":" + ITEM)))
                .limit(3).map(n -> n + ":" + ITEM).toList();
        assertThat(keys(check.get("sample"))).containsExactlyElementsOf(expected);

        // The seed is on the audit trail before the sample: the prevHash of the check's first record, "open".
        List<JsonNode> trail = supervisor.get("/api/v1/audit/records?subject=spot-check&subjectId={id}", id).valueStream()
                .toList();
        assertThat(trail.get(0).get("action").asString()).isEqualTo("open");
        assertThat(trail.get(0).get("prevHash").asString()).isEqualTo(seed);
        assertThat(trail.get(0).get("seq").asLong()).isEqualTo(check.get("openSeq").asLong());
        assertThat(trail.get(1).get("action").asString()).isEqualTo("draw");

        JsonNode verification = api.anyone().get("/api/v1/spot-checks/{id}/verification", id);
        assertThat(verification.get("matches").asBoolean()).isTrue();
        assertThat(keys(verification.get("recomputedSample"))).containsExactlyElementsOf(expected);

        // A retry under the same key answers the same check.
        assertThat(head.postOnce(key, "/api/v1/spot-checks", body("department", DEPARTMENT, "period", "2026-11",
                "rate", 0.5)).get("id").asLong()).isEqualTo(id);

        // A sample changed in the database no longer matches the seed.
        String kept = expected.get(0).split(":")[0];
        String left = november.stream().filter(n -> !expected.contains(n + ":" + ITEM)).findFirst().orElseThrow();
        swapSampled(id, kept, left);
        JsonNode tampered = api.anyone().get("/api/v1/spot-checks/{id}/verification", id);
        assertThat(tampered.get("sampleMatches").asBoolean()).isFalse();
        assertThat(tampered.get("matches").asBoolean()).isFalse();
        swapSampled(id, left, kept);
        assertThat(api.anyone().get("/api/v1/spot-checks/{id}/verification", id).get("matches").asBoolean()).isTrue();

        // Findings: by the group (leader or member); a flaw needs notes; a violation opens a correction.
        String first = expected.get(0).split(":")[0];
        String second = expected.get(1).split(":")[0];
        String third = expected.get(2).split(":")[0];
        head.post("/api/v1/spot-checks/{id}/findings", finding(first, "COMPLIANT", "", 0), id);
        assertThat(head.refused("/api/v1/spot-checks/{id}/findings", finding(second, "FLAWED", " ", 0), id).get("code")
                .asString()).isEqualTo("spot-check-notes-missing");
        assertThat(inspector.refused("/api/v1/spot-checks/{id}/findings", finding(first, "FLAWED", "日期有误", 0), id)
                .get("code").asString()).isEqualTo("spot-check-finding-changed");
        JsonNode found = inspector.post("/api/v1/spot-checks/{id}/findings",
                finding(second, "VIOLATION", "超出授权范围作出决定", 0), id);
        assertThat(found.get("corrections")).hasSize(1);
        assertThat(found.get("corrections").get(0).get("state").asString()).isEqualTo("OPENED");
        assertThat(found.get("corrections").get(0).get("caseNumber").asString()).isEqualTo(second);
        assertThat(chief.refused("/api/v1/spot-checks/{id}/findings", finding(third, "COMPLIANT", "", 0), id)
                .get("status").asInt()).isEqualTo(403);
        JsonNode completed = head.post("/api/v1/spot-checks/{id}/findings", finding(third, "FLAWED", "缺少签章", 0), id);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(supervisor.get("/api/v1/audit/records?subject=case&subjectId={n}", second).valueStream()
                .anyMatch(r -> r.get("action").asString().equals("spotCheckFinding"))).isTrue();
    }

    @Test
    void another_departments_head_may_not_open_the_check_and_a_supervisor_may() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-05");
        decidedOnTheSpot();
        MovableClock.CLOCK.setDay("2026-11-20");
        JsonNode refused = api.as("scjg-head", "DEPARTMENT_HEAD").refusedOnce(UUID.randomUUID().toString(),
                "/api/v1/spot-checks", body("department", DEPARTMENT, "period", "2026-11-01..2026-11-15"));
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.get("code").asString()).isEqualTo("spot-check-not-your-group");
        assertThat(chief.refusedOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11-01..2026-11-15")).get("status").asInt()).isEqualTo(403);

        JsonNode check = supervisor.postOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11-01..2026-11-15"));
        assertThat(check.get("rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(check.get("sample").size()).isEqualTo((check.get("population").size() + 1) / 2);
        assertThat(api.as("scjg-head", "DEPARTMENT_HEAD").refused("/api/v1/spot-checks/{id}/findings",
                finding(check.get("sample").get(0).get("caseNumber").asString(), "COMPLIANT", "", 0), check.get("id").asLong())
                .get("status").asInt()).isEqualTo(403);
        assertThat(supervisor.get("/api/v1/spot-checks").valueStream().anyMatch(c -> c.get("id").asLong() == check.get("id")
                .asLong())).isTrue();
    }

    /** A case of the department's item handed in, accepted and decided on the spot by the chief: its number. */
    private String decidedOnTheSpot() throws Exception {
        String[] materials = clerk.get("/api/v1/intake/materials?item={i}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = clerk.submit(aCase().of(ITEM).withApplicant(aCompany().identifiedBy(TestIdentities.aCreditCode())
                .named("抽查示例有限公司").withPhone("13700007777").representedBy("郑十二")).providing(materials))
                .get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        return number;
    }

    private static Object group(String leader) {
        return body("leader", leader, "members", List.of("tspc-inspector"), "version", 0);
    }

    private static Object finding(String caseNumber, String verdict, String notes, long version) {
        return body("caseNumber", caseNumber, "itemCode", ITEM, "verdict", verdict, "notes", notes, "version", version);
    }

    private void swapSampled(long id, String sampled, String notSampled) {
        jdbc.sql("UPDATE supervision_spot_check_decision SET sampled = NOT sampled WHERE check_id = ? AND case_number IN (?, ?)")
                .params(id, sampled, notSampled).update();
    }

    private static List<String> keys(JsonNode decisions) {
        return decisions.valueStream().map(d -> d.get("caseNumber").asString() + ":" + d.get("itemCode").asString())
                .toList();
    }

    /** SHA-256 in lowercase hex, computed here apart from OneVisit's own. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
