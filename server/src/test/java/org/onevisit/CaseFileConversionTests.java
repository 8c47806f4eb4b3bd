package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.casework.CaseFile;
import org.onevisit.casework.CaseHandling;
import org.onevisit.casework.HandlingStatus;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.ApplicantBuilder;
import org.onevisit.intake.CaseBuilder;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A database an earlier version left, where intake kept accepted cases to their end, is converted when the new version
 * first starts on it (migrations 200 to 202): every accepted case gets its case file, with its status, deadlines,
 * pledge and closing note, the holder's data encrypted; intake keeps the case at the status it had at acceptance;
 * each delivery learns its items; and every case shows what it showed before.
 */
@SpringBootTest
class CaseFileConversionTests {

    @Autowired
    CatalogEditing catalog;

    @Autowired
    Intake intake;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    private final String idNumber = TestIdentities.aResidentIdNumber();
    private final String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

    @Test
    void accepted_cases_left_by_an_earlier_version_become_case_files_and_show_as_before() throws Exception {
        PersonalRecords.loadItem(catalog);
        ObjectNode completed = earlier("COMPLETED", null, "窗口领取");
        ObjectNode pledged = earlier("ACCEPTED_ON_PLEDGE", pledge(false), "");
        ObjectNode terminated = earlier("TERMINATED", pledge(true), "容缺承诺逾期未补交，终止办理");
        ObjectNode received = earlier("RECEIVED", null, "");
        try (OwnDatabase db = OwnDatabase.create()) {
            db.migrateTo("100");
            try (Connection c = db.connect()) {
                for (ObjectNode body : List.of(completed, pledged, terminated, received)) {
                    store(c, body);
                }
                execute(c, """
                        INSERT INTO delivery (case_number, status, method, handed_over_by, closed_at, created_at, version)
                        VALUES (?, 'PICKED_UP', 'PICKUP', 'clerk', ?, ?, 2)""", number(completed),
                        OffsetDateTime.parse("2026-10-20T02:00:00Z"), OffsetDateTime.parse("2026-10-19T02:00:00Z"));
            }

            try (ConfigurableApplicationContext app = db.start(folder.resolve("keys"))) {
                CaseHandling handling = app.getBean(CaseHandling.class);
                Intake cases = app.getBean(Intake.class);

                CaseFile done = handling.find(number(completed)).orElseThrow();
                assertThat(done.status()).isEqualTo(HandlingStatus.COMPLETED);
                assertThat(done.closingNote()).isEqualTo("窗口领取");
                assertThat(done.facts().holder().identifier()).isEqualTo(idNumber);
                assertThat(done.facts().holder().phone()).isEqualTo(phone);
                assertThat(done.facts().items()).singleElement()
                        .satisfies(i -> assertThat(i.code()).isEqualTo(PersonalRecords.ITEM));
                assertThat(done.clock().promised()).isEqualTo(LocalDate.parse("2026-10-30"));
                assertThat(done.clock().legal()).isEqualTo(LocalDate.parse("2026-11-16"));
                IntakeCase shownDone = cases.find(number(completed));
                assertThat(shownDone.status()).isEqualTo(CaseStatus.COMPLETED);
                assertThat(shownDone.answer().closingNote()).isEqualTo("窗口领取");

                CaseFile open = handling.find(number(pledged)).orElseThrow();
                assertThat(open.status()).isEqualTo(HandlingStatus.ACCEPTED_ON_PLEDGE);
                assertThat(open.pledge()).isNotNull().satisfies(p -> {
                    assertThat(p.supplementBy()).isEqualTo(LocalDate.parse("2026-10-28"));
                    assertThat(p.kept()).isFalse();
                });
                assertThat(cases.find(number(pledged)).status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);

                assertThat(handling.find(number(terminated)).orElseThrow().status()).isEqualTo(HandlingStatus.TERMINATED);
                assertThat(cases.find(number(terminated)).status()).isEqualTo(CaseStatus.TERMINATED);

                assertThat(handling.find(number(received))).isEmpty();
                assertThat(cases.find(number(received)).status()).isEqualTo(CaseStatus.RECEIVED);

                DataSource data = app.getBean(DataSource.class);
                try (Connection c = data.getConnection()) {
                    assertThat(single(c, "SELECT status FROM intake_case WHERE number = ?", number(completed)))
                            .isEqualTo("ACCEPTED");
                    assertThat(single(c, "SELECT status FROM intake_case WHERE number = ?", number(terminated)))
                            .isEqualTo("ACCEPTED_ON_PLEDGE");
                    assertThat(single(c, "SELECT items FROM delivery WHERE case_number = ?", number(completed)))
                            .isEqualTo(PersonalRecords.ITEM + "@1");
                }
                assertThat(RawDatabase.whereAnyAppears(data, List.of(idNumber, phone))).isEmpty();
            }
        }
    }

    /** A case as the earlier version stored it: its body as that version's JSON mapper wrote it, with the values in clear. */
    private ObjectNode earlier(String status, ObjectNode pledge, String closingNote) {
        IntakeCase received = intake.submit(CaseBuilder.aCase().of(PersonalRecords.ITEM)
                .withApplicant(ApplicantBuilder.aPerson().named("钱七").identifiedBy(idNumber).withPhone(phone))
                .providing("M1", "M2").build(), "clerk");
        ObjectNode body = (ObjectNode) json.valueToTree(received);
        body.put("status", status);
        if (!status.equals("RECEIVED")) {
            body.put("acceptedOn", "2026-10-19");
            body.put("completeOn", "2026-10-19");
            ObjectNode deadlines = body.putObject("deadlines");
            deadlines.put("promised", "2026-10-30");
            deadlines.put("legal", "2026-11-16");
            deadlines.put("provisional", false);
            deadlines.put("extensionDays", 0);
            deadlines.put("extensionNote", "");
        }
        if (pledge != null) {
            body.set("pledge", pledge);
        }
        body.put("closingNote", closingNote);
        return body;
    }

    private ObjectNode pledge(boolean reminded) {
        ObjectNode p = json.createObjectNode();
        p.put("text", "本人承诺补交");
        p.put("signedAt", "2026-10-19T02:00:00Z");
        p.putArray("materials").add("授权委托书");
        p.put("supplementBy", "2026-10-28");
        p.put("remindOn", "2026-10-26");
        p.put("reminded", reminded);
        p.put("kept", false);
        return p;
    }

    private static String number(ObjectNode body) {
        return body.get("number").asString();
    }

    private void store(Connection c, ObjectNode body) throws Exception {
        boolean accepted = body.hasNonNull("acceptedOn");
        execute(c, """
                INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_identifier,
                    applicant_account, phone_last_four, created_at, received_on, accepted_on, deemed_accepted, version, body)
                VALUES (?, ?, 'COUNTER', ?, ?, FALSE, ?, NULL, ?, ?, ?, ?, FALSE, 3, ?)""",
                number(body), body.get("idempotencyKey").asString(), body.get("status").asString(),
                PersonalRecords.ITEM, idNumber, phone.substring(7), OffsetDateTime.parse("2026-10-19T01:00:00Z"),
                LocalDate.parse("2026-10-19"), accepted ? LocalDate.parse("2026-10-19") : null,
                json.writeValueAsString(body));
    }

    private static String single(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
