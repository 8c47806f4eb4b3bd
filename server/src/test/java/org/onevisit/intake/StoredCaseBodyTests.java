package org.onevisit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.platform.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case is stored as one flat JSON object, as it was before it was made of parts (ADR 0018): a body the flat record
 * stored is read into the parts, and a case is stored in the same shape, its personal data sealed in the same places.
 */
@SpringBootTest
class StoredCaseBodyTests {

    /**
     * A body as the flat record of 26 components wrote it, personal values in clear; stored, they are sealed strings
     * in the same places.
     */
    private static final String FLAT_BODY = """
            {
              "number": "330999-20261016-00007",
              "idempotencyKey": "key-7",
              "channel": "COUNTER",
              "status": "ACCEPTED_ON_PLEDGE",
              "subject": "XK-T-001",
              "subjectName": "测试许可",
              "bundle": false,
              "items": [
                {
                  "code": "XK-T-001",
                  "version": 3,
                  "name": "测试许可",
                  "department": "SCJG",
                  "promisedLimit": {
                    "days": 10,
                    "unit": "WORKING"
                  },
                  "legalLimit": {
                    "days": 20,
                    "unit": "WORKING"
                  },
                  "jointDepartments": [
                    "ZJJ"
                  ]
                }
              ],
              "applicant": {
                "legalPerson": false,
                "identifier": "11010519491231002X",
                "name": "张三",
                "phone": "13800001234",
                "legalRepresentative": null
              },
              "agent": {
                "name": "周九",
                "idNumber": "330999198502141234",
                "phone": "13900000002",
                "powerOfAttorneyFile": "file-9"
              },
              "form": {
                "businessAddress": "浙江省示例市滨江区江南大道1号"
              },
              "materials": [
                {
                  "key": "M1",
                  "name": "申请书",
                  "necessity": "REQUIRED",
                  "neededBy": [
                    "XK-T-001"
                  ],
                  "status": "PROVIDED",
                  "files": [
                    "f-1"
                  ],
                  "note": "",
                  "certificateType": ""
                },
                {
                  "key": "M2",
                  "name": "场地证明",
                  "necessity": "DEFERRABLE",
                  "neededBy": [
                    "XK-T-001"
                  ],
                  "status": "PLEDGED",
                  "files": [],
                  "note": "",
                  "certificateType": ""
                }
              ],
              "visits": [
                {
                  "at": "2026-10-16T01:30:00Z",
                  "purpose": "收件",
                  "clerk": "clerk-01"
                },
                {
                  "at": "2026-10-19T02:00:00Z",
                  "purpose": "容缺受理",
                  "clerk": "clerk-02"
                }
              ],
              "createdAt": "2026-10-16T01:00:00Z",
              "receivedOn": "2026-10-16",
              "completeOn": null,
              "acceptedOn": "2026-10-19",
              "deemedAccepted": false,
              "deadlines": {
                "promised": "2026-10-30",
                "legal": "2026-11-13",
                "provisional": false,
                "extensionDays": 0,
                "extensionNote": ""
              },
              "deficiencies": [
                {
                  "materialKey": "M2",
                  "materialName": "场地证明",
                  "problem": "未提交"
                }
              ],
              "noticeIssuedOn": "2026-10-16",
              "pledge": {
                "text": "本人承诺……",
                "signedAt": "2026-10-19T02:00:00Z",
                "materials": [
                  "M2"
                ],
                "supplementBy": "2026-11-02",
                "remindOn": "2026-10-29"
              },
              "refusal": null,
              "preCheckNote": "请补充场地证明",
              "closingNote": "",
              "version": 2
            }""";

    private static final List<String> PERSONAL = List.of("/applicant/identifier", "/applicant/phone",
            "/agent/idNumber", "/agent/phone", "/form/businessAddress");

    @Autowired
    Cases cases;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    private final String number = "330999-20261016-" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));

    @Test
    void a_body_the_flat_record_stored_is_read_into_the_parts_of_the_case() {
        ObjectNode stored = flatBody();
        changePersonal(stored, cipher::encrypt);
        jdbc.sql("""
                INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_index,
                    created_at, received_on, accepted_on, deemed_accepted, version, body)
                VALUES (?, ?, 'COUNTER', 'ACCEPTED_ON_PLEDGE', 'XK-T-001', FALSE, ?, ?, ?, ?, FALSE, 2, ?)""")
                .params(number, stored.get("idempotencyKey").stringValue(),
                        cipher.index(PersonalDataCipher.Lookup.IDENTIFIER, "11010519491231002X"),
                        OffsetDateTime.parse("2026-10-16T01:00:00Z"), LocalDate.parse("2026-10-16"),
                        LocalDate.parse("2026-10-19"), json.writeValueAsString(stored))
                .update();

        assertThat(cases.find(number)).contains(theCase(stored.get("idempotencyKey").stringValue()));
    }

    @Test
    void a_case_is_stored_as_the_flat_object_with_its_personal_data_sealed() {
        ObjectNode expected = flatBody();
        cases.insert(theCase(expected.get("idempotencyKey").stringValue()), null);

        ObjectNode stored = (ObjectNode) json.readTree(jdbc.sql("SELECT body FROM intake_case WHERE number = ?")
                .param(number).query(String.class).single());
        for (String path : PERSONAL) {
            String sealed = stored.at(path).stringValue();
            assertThat(PersonalDataCipher.isEncrypted(sealed)).as(path).isTrue();
            assertThat(sealed).as(path).isNotEqualTo(expected.at(path).stringValue());
        }
        changePersonal(stored, cipher::decrypt);
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void the_applicants_beside_the_first_are_stored_with_their_roles_and_their_personal_data_sealed() {
        IntakeCase one = theCase("key-" + number);
        IntakeCase sale = one.withParties(new Parties(one.parties().applicant(), null, Map.of(), "buyer",
                List.of(new RoledApplicant("seller", new Applicant(false, "330999198001011232", "卖方甲", "13900001111",
                        null)))));
        cases.insert(sale, null);

        ObjectNode stored = (ObjectNode) json.readTree(jdbc.sql("SELECT body FROM intake_case WHERE number = ?")
                .param(number).query(String.class).single());
        assertThat(stored.get("applicantRole").stringValue()).isEqualTo("buyer");
        ObjectNode seller = (ObjectNode) stored.get("coApplicants").get(0);
        assertThat(seller.get("role").stringValue()).isEqualTo("seller");
        assertThat(seller.at("/applicant/name").stringValue()).isEqualTo("卖方甲");
        for (String field : List.of("/applicant/identifier", "/applicant/phone")) {
            assertThat(PersonalDataCipher.isEncrypted(seller.at(field).stringValue())).as(field).isTrue();
        }
        assertThat(cases.find(number)).contains(sale.withVersion(0));
        assertThat(cases.find(number).orElseThrow().parties().applicants()).extracting(RoledApplicant::role)
                .containsExactly("buyer", "seller");
    }

    /** The flat body under this test's own number and idempotency key. */
    private ObjectNode flatBody() {
        ObjectNode body = (ObjectNode) json.readTree(FLAT_BODY);
        body.put("number", number);
        body.put("idempotencyKey", "key-" + number);
        return body;
    }

    private static void changePersonal(ObjectNode body, UnaryOperator<String> change) {
        for (String path : PERSONAL) {
            int last = path.lastIndexOf('/');
            ObjectNode holder = (ObjectNode) body.at(path.substring(0, last));
            String field = path.substring(last + 1);
            holder.put(field, change.apply(holder.get(field).stringValue()));
        }
    }

    /** The case {@link #FLAT_BODY} holds, made of its parts. */
    private IntakeCase theCase(String idempotencyKey) {
        LocalDate received = LocalDate.parse("2026-10-16");
        Instant pledged = Instant.parse("2026-10-19T02:00:00Z");
        return new IntakeCase(new CaseNumber(number),
                new Application(idempotencyKey, Channel.COUNTER, "XK-T-001", "测试许可", false,
                        List.of(new CaseItem("XK-T-001", 3, "测试许可", "SCJG", TimeLimit.workingDays(10),
                                TimeLimit.workingDays(20), List.of("ZJJ"))),
                        Instant.parse("2026-10-16T01:00:00Z")),
                CaseStatus.ACCEPTED_ON_PLEDGE,
                new Parties(new Applicant(false, "11010519491231002X", "张三", "13800001234", null),
                        new Agent("周九", "330999198502141234", "13900000002", "file-9"),
                        Map.of("businessAddress", "浙江省示例市滨江区江南大道1号")),
                List.of(new CaseMaterial("M1", "申请书", Necessity.REQUIRED, List.of("XK-T-001"), MaterialStatus.PROVIDED,
                                List.of("f-1"), "", null, null),
                        new CaseMaterial("M2", "场地证明", Necessity.DEFERRABLE, List.of("XK-T-001"),
                                MaterialStatus.PLEDGED, List.of(), "", "", "")),
                List.of(new Visit(Instant.parse("2026-10-16T01:30:00Z"), "收件", "clerk-01"),
                        new Visit(pledged, "容缺受理", "clerk-02")),
                new CounterDates(received, null, LocalDate.parse("2026-10-19"), false, received),
                new CounterAnswer(new Deadlines(LocalDate.parse("2026-10-30"), LocalDate.parse("2026-11-13"), false),
                        List.of(new Deficiency("M2", "场地证明", "未提交")),
                        new Pledge("本人承诺……", pledged, List.of("M2"), LocalDate.parse("2026-11-02"),
                                LocalDate.parse("2026-10-29")),
                        null, "请补充场地证明", ""),
                2);
    }
}
