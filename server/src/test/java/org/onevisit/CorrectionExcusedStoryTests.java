package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.StoryApi.body;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.StoryApi.Person;
import org.onevisit.certificates.Certificate;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.certificates.CertificateStatus;
import org.onevisit.certificates.CertificateVerifier;
import org.onevisit.notification.Notifications;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 容错纠错: a chief representative approves a licence on the spot in November; December's spot check finds the
 * approval's conditions wrong (违规) and opens a correction. The department's supervision group amends the decision
 * (纠错): the old certificate is revoked, a new one with the corrected conditions is issued and verifies, and the
 * applicant is told by text message. The official is heard first, the group proposes, the department's principal head
 * determines — the four conditions one by one, an excusing result refused while one is not met — and the error is
 * excused (免责); the official's appeal is allowed once and decided by a supervisor, and the error stays excused.
 */
@StoryTest
class CorrectionExcusedStoryTests {

    private static final String DEPARTMENT = "TCOR";
    private static final String ITEM = "XK-TCOR-001";
    private static final String CORRECTED = "经营场所限于申请书所载地址，不得超出核定范围经营";

    @Autowired
    StoryApi api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateRegister register;

    @Autowired
    CertificateVerifier verifier;

    @Autowired
    Notifications notifications;

    Person clerk;
    Person chief;
    Person head;
    Person inspector;
    Person supervisor;

    @BeforeEach
    void the_department_its_delegation_and_its_supervision_group() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-02");
        SupervisedDepartment d = SupervisedDepartment.of(api, DEPARTMENT, 9747, ITEM, "纠错测试许可", "tcor", "纠错");
        clerk = d.clerk();
        chief = d.chief();
        head = d.head();
        inspector = d.inspector();
        supervisor = d.supervisor();
        long version = supervisor.get("/api/v1/supervision-groups").valueStream()
                .filter(g -> g.get("department").asString().equals(DEPARTMENT)).mapToLong(g -> g.get("version").asLong())
                .findFirst().orElse(0);
        supervisor.put("/api/v1/supervision-groups/{d}", body("leader", "tcor-head", "members",
                List.of("tcor-inspector"), "version", version), DEPARTMENT);
    }

    @Test
    void a_violation_is_corrected_the_certificate_reissued_and_the_error_excused_after_one_appeal() throws Exception {
        // November: the chief approves a licence on the spot; its certificate is issued.
        MovableClock.CLOCK.setDay("2026-11-05");
        String number = decidedOnTheSpot();
        Certificate first = register.issuedFor(number, ITEM).orElseThrow();

        // December: the head opens the month's check of every decision; the member finds the approval in violation.
        MovableClock.CLOCK.setDay("2026-12-02");
        JsonNode check = head.postOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11", "rate", 1));
        JsonNode found = inspector.post("/api/v1/spot-checks/{id}/findings", body("caseNumber", number, "itemCode", ITEM,
                "verdict", "VIOLATION", "notes", "附加条件遗漏经营场所限制", "version", 0), check.get("id").asLong());
        long id = found.get("corrections").get(0).get("id").asLong();

        JsonNode open = head.get("/api/v1/corrections?department={d}&state=OPENED", DEPARTMENT);
        assertThat(open.valueStream().map(c -> c.get("id").asLong()).toList()).contains(id);
        assertThat(chief.get("/api/v1/corrections/{id}", id).get("correction").get("decidedBy").asString())
                .isEqualTo("tcor-chief");
        assertThat(api.as("scjg-head", "DEPARTMENT_HEAD").refused("/api/v1/corrections/{id}/hearing",
                body("statement", "无", "version", 0), id).get("status").asInt()).isEqualTo(403);

        // The official is heard first: no proposal, no determination before.
        assertThat(inspector.refused("/api/v1/corrections/{id}/excusal-proposal", body("excuse", true, "reasons", "首次",
                "version", 0), id).get("code").asString()).isEqualTo("correction-not-heard");
        assertThat(head.refused("/api/v1/corrections/{id}/determination", determination(true, "EXEMPTED", 0), id)
                .get("status").asInt()).isEqualTo(422);

        // 纠错: the cause is analysed; the official does not correct their own decision.
        JsonNode noCause = inspector.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "AMEND",
                "approve", true, "text", CORRECTED, "causeAnalysis", " ", "version", 0), id);
        assertThat(noCause.get("code").asString()).isEqualTo("correction-cause-analysis-missing");
        assertThat(noCause.get("detail").asString()).contains("原因分析");
        assertThat(chief.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "REVOKE",
                "causeAnalysis", "自查", "version", 0), id).get("status").asInt()).isEqualTo(403);
        JsonNode corrected = inspector.post("/api/v1/corrections/{id}/corrective-decision", body("action", "AMEND",
                "approve", true, "text", CORRECTED, "causeAnalysis", "当场决定时未核对经营场所，附加条件遗漏", "version", 0), id);
        JsonNode corrective = corrected.get("correction").get("corrective");
        assertThat(corrected.get("correction").get("state").asString()).isEqualTo("CORRECTED");
        assertThat(corrective.get("revokedCertificate").asString()).isEqualTo(first.content().number());
        String reissued = corrective.get("reissuedCertificate").asString();
        assertThat(reissued).isNotEqualTo(first.content().number());
        // Two people at once: the second, at the version it saw, changes nothing.
        assertThat(head.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "REVOKE",
                "causeAnalysis", "重复", "version", 0), id).get("status").asInt()).isEqualTo(409);

        // The old certificate verifies as revoked; the new one carries the corrected conditions and verifies.
        assertThat(api.anyone().get("/api/v1/certificates/{n}", first.content().number()).get("status").asString())
                .isEqualTo("REVOKED");
        Certificate second = register.find(reissued).orElseThrow();
        assertThat(second.content().conditions()).isEqualTo(CORRECTED);
        assertThat(verifier.verify(second.content(), second.code()).status()).isEqualTo(CertificateStatus.VALID);
        // The decision document is the corrected decision, saying what it corrects.
        String amended = pdfText(chief.pdf("/api/v1/cases/{n}/items/{code}/decision-document", number, ITEM));
        assertThat(amended).contains("准予行政许可决定书（更正）", CORRECTED, "原决定自本决定作出之日起不再执行");
        assertThat(register.issuedFor(number, ITEM).orElseThrow().content().number()).isEqualTo(reissued);
        // The applicant is told by text message.
        assertThat(notifications.about(number)).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo("decision-corrected");
            assertThat(m.body()).contains("变更为准予许可", reissued);
        });

        // The official gives their statement; a stale version is refused.
        assertThat(chief.refused("/api/v1/corrections/{id}/hearing", body("statement", "旧版本", "version", 0), id)
                .get("code").asString()).isEqualTo("correction-changed");
        long version = chief.get("/api/v1/corrections/{id}", id).get("correction").get("version").asLong();
        JsonNode heard = chief.post("/api/v1/corrections/{id}/hearing", body("statement",
                "试行当场决定首月，模板未列经营场所条件，发现后已主动联系申请人", "version", version), id);
        version = heard.get("correction").get("version").asLong();
        JsonNode proposed = inspector.post("/api/v1/corrections/{id}/excusal-proposal", body("excuse", true,
                "reasons", "先行先试中因缺乏经验出现失误，无私利", "version", version), id);
        version = proposed.get("correction").get("version").asLong();

        // The head determines: an excusing result while a condition is not met is refused, in the user's language.
        JsonNode notMet = head.refused("/api/v1/corrections/{id}/determination?lang=en",
                determination(false, "EXEMPTED", version), id);
        assertThat(notMet.get("status").asInt()).isEqualTo(422);
        assertThat(notMet.get("code").asString()).isEqualTo("correction-conditions-not-met");
        assertThat(notMet.get("detail").asString()).contains("all four conditions");
        assertThat(chief.refused("/api/v1/corrections/{id}/determination", determination(true, "EXEMPTED", version), id)
                .get("status").asInt()).isEqualTo(403);
        JsonNode determined = head.post("/api/v1/corrections/{id}/determination",
                determination(true, "EXEMPTED", version), id);
        assertThat(determined.get("correction").get("determination").get("conditions").get("noCollusion").asBoolean())
                .isTrue();
        assertThat(determined.get("correction").get("excused").asBoolean()).isTrue();
        version = determined.get("correction").get("version").asLong();

        // The official appeals once; a second appeal is refused.
        assertThat(inspector.refused("/api/v1/corrections/{id}/appeal", body("grounds", "代为申诉", "version", version),
                id).get("status").asInt()).isEqualTo(403);
        JsonNode appealed = chief.post("/api/v1/corrections/{id}/appeal", body("grounds", "请求在认定中写明已主动纠错",
                "version", version), id);
        version = appealed.get("correction").get("version").asLong();
        assertThat(chief.refused("/api/v1/corrections/{id}/appeal", body("grounds", "再次申诉", "version", version), id)
                .get("code").asString()).isEqualTo("correction-appealed-already");
        JsonNode decided = supervisor.post("/api/v1/corrections/{id}/appeal-decision", body("conditions",
                conditions(true), "result", "EXEMPTED", "reasons", "维持免责认定", "version", version), id);
        assertThat(decided.get("finalResult").asString()).isEqualTo("EXEMPTED");
        assertThat(chief.refused("/api/v1/corrections/{id}/appeal", body("grounds", "第三次", "version",
                decided.get("correction").get("version").asLong()), id).get("status").asInt()).isEqualTo(409);

        // Excused: the assessment reads it from the correction.
        assertThat(jdbc.sql("SELECT excused FROM supervision_error_correction WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(supervisor.get("/api/v1/audit/records?subject=error-correction&subjectId={id}", id).valueStream()
                .map(r -> r.get("action").asString()).toList())
                .containsSubsequence("open", "correct", "hear", "propose", "determine", "appeal", "decide-appeal");
        assertThat(supervisor.get("/api/v1/audit/records?subject=case&subjectId={n}", number).valueStream()
                .anyMatch(r -> r.get("action").asString().equals("correct-decision"))).isTrue();
    }

    @Test
    void a_revoked_decision_loses_its_certificate_and_an_appeal_changes_the_result() throws Exception {
        MovableClock.CLOCK.setDay("2026-11-12");
        String number = decidedOnTheSpot();
        Certificate issued = register.issuedFor(number, ITEM).orElseThrow();
        MovableClock.CLOCK.setDay("2026-12-03");
        JsonNode check = supervisor.postOnce(UUID.randomUUID().toString(), "/api/v1/spot-checks",
                body("department", DEPARTMENT, "period", "2026-11-12..2026-11-12", "rate", 1));
        long id = supervisor.post("/api/v1/spot-checks/{id}/findings", body("caseNumber", number, "itemCode", ITEM,
                "verdict", "VIOLATION", "notes", "申请人不具备法定条件", "version", 0), check.get("id").asLong())
                .get("corrections").get(0).get("id").asLong();

        // An amendment says what it amends to; then the decision is revoked, its certificate with it, none reissued.
        assertThat(head.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "AMEND", "text", "",
                "causeAnalysis", "审查不严", "version", 0), id).get("code").asString()).isEqualTo("correction-outcome-missing");
        assertThat(head.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "AMEND", "approve", false,
                "text", " ", "causeAnalysis", "审查不严", "version", 0), id).get("code").asString())
                .isEqualTo("casework-decision-reasons-missing");
        JsonNode revoked = head.post("/api/v1/corrections/{id}/corrective-decision", body("action", "REVOKE",
                "causeAnalysis", "当场决定时未核验申请人资格", "version", 0), id);
        JsonNode corrective = revoked.get("correction").get("corrective");
        assertThat(corrective.get("revokedCertificate").asString()).isEqualTo(issued.content().number());
        assertThat(corrective.get("reissuedCertificate").isNull()).isTrue();
        assertThat(api.anyone().get("/api/v1/certificates/{n}", issued.content().number()).get("status").asString())
                .isEqualTo("REVOKED");
        assertThat(notifications.about(number)).anySatisfy(m -> assertThat(m.body()).contains("已撤销", "原电子证照已撤销"));
        // The decision document is now the revocation, with the applicant's remedies.
        String revocation = pdfText(chief.pdf("/api/v1/cases/{n}/items/{code}/decision-document", number, ITEM));
        assertThat(revocation).contains("撤销行政许可决定书", "第六十九条", "决定予以撤销", "电子证照同时撤销", "行政复议");
        assertThat(head.refused("/api/v1/corrections/{id}/corrective-decision", body("action", "REVOKE",
                "causeAnalysis", "再次", "version", revoked.get("correction").get("version").asLong()), id)
                .get("code").asString()).isEqualTo("correction-corrected-already");

        // Heard by the group, proposed not to excuse, determined NOT_EXCUSED with a condition not met.
        long version = head.post("/api/v1/corrections/{id}/hearing", body("statement", "决定人口头陈述：未注意资格条件",
                "version", revoked.get("correction").get("version").asLong()), id).get("correction").get("version").asLong();
        version = inspector.post("/api/v1/corrections/{id}/excusal-proposal", body("excuse", false, "reasons",
                "未主动纠错", "version", version), id).get("correction").get("version").asLong();
        JsonNode determined = supervisor.post("/api/v1/corrections/{id}/determination",
                determination(false, "NOT_EXCUSED", version), id);
        assertThat(determined.get("correction").get("excused").asBoolean()).isFalse();

        // The appeal: only a determination's result that the four conditions allow; changed to LIGHTER, excused.
        version = chief.post("/api/v1/corrections/{id}/appeal", body("grounds", "发现后当日即联系申请人收回许可",
                "version", determined.get("correction").get("version").asLong()), id).get("correction").get("version")
                .asLong();
        assertThat(head.refused("/api/v1/corrections/{id}/appeal-decision", body("conditions", conditions(false),
                "result", "LIGHTER", "reasons", "改为从轻", "version", version), id).get("code").asString())
                .isEqualTo("correction-conditions-not-met");
        JsonNode changed = head.post("/api/v1/corrections/{id}/appeal-decision", body("conditions", conditions(true),
                "result", "LIGHTER", "reasons", "查明已主动纠错、挽回损失，改为从轻减轻", "version", version), id);
        assertThat(changed.get("finalResult").asString()).isEqualTo("LIGHTER");
        assertThat(changed.get("correction").get("excused").asBoolean()).isTrue();
        assertThat(head.refused("/api/v1/corrections/{id}/appeal-decision", body("conditions", conditions(true),
                "result", "EXEMPTED", "reasons", "再次", "version", changed.get("correction").get("version").asLong()), id)
                .get("code").asString()).isEqualTo("correction-appeal-decided-already");
    }

    private static Map<String, Object> conditions(boolean allMet) {
        return Map.of("procedureFollowed", true, "noPersonalGain", true, "noCollusion", true,
                "correctedOnOwnInitiative", allMet);
    }

    private static Object determination(boolean allMet, String result, long version) {
        return body("conditions", conditions(allMet), "matter", "当场决定附加条件遗漏经营场所限制", "situation",
                "改革先行先试中缺乏经验出现的失误", "result", result, "version", version);
    }

    /** A licence case handed in, accepted and approved on the spot by the chief: its number. */
    private String decidedOnTheSpot() throws Exception {
        String[] materials = clerk.get("/api/v1/intake/materials?item={i}", ITEM).valueStream()
                .map(m -> m.get("key").asString()).toArray(String[]::new);
        String number = clerk.submit(aCase().of(ITEM).withApplicant(aCompany().identifiedBy(TestIdentities.aCreditCode())
                .named("纠错示例有限公司").withPhone("13700008888").representedBy("钱十三")).providing(materials))
                .get("number").asString();
        clerk.post("/api/v1/cases/{n}/acceptance", null, number);
        chief.post("/api/v1/cases/{n}/items/{code}/decision-on-the-spot", null, number, ITEM);
        return number;
    }

    /** A PDF's text without its line breaks and spaces (lines wrap in the document's columns). */
    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
