package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.Agent;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.Intake;
import org.onevisit.intake.StatusLookups;
import org.onevisit.platform.ClientAddress;
import org.onevisit.intake.IntakeCase;
import org.onevisit.notification.Notifications;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.KeyFolder;
import org.onevisit.platform.PersonalDataKeyProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.json.JsonMapper;

/**
 * A database an earlier version left, with ID numbers, phones and addresses in clear, is converted when the new
 * version first starts on it (migrations 120 to 122): afterwards no clear value remains and everything is still found
 * by them. A key folder without the keys the database was encrypted with, or with other keys, stops the start with a
 * report that says what to do. Each database here is the test's own, on H2 or PostgreSQL as the run is.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataConversionTests {

    /** More than one batch of the conversion (500 rows). */
    private static final int MESSAGES = 1_201;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    Intake intake;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    private final String idNumber = TestIdentities.aResidentIdNumber();
    private final String phone = aPhone();
    private final String agentIdNumber = TestIdentities.aResidentIdNumber();
    private final String agentPhone = aPhone();
    private final String formAddress = "浙江省示例市滨江区江南大道" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";
    private final String creditCode = TestIdentities.aCreditCode();
    private final String recipientPhone = aPhone();
    private final String address = "浙江省示例市拱墅区湖墅南路" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";
    private final String listed = TestIdentities.aResidentIdNumber();

    @Test
    void clear_rows_left_by_an_earlier_version_are_encrypted_at_the_next_start_and_still_found_by_their_values()
            throws Exception {
        IntakeCase earlier = aCaseWithAnAgentAndAForm();
        try (OwnDatabase db = OwnDatabase.create()) {
            db.migrateTo("100");
            List<String> messagePhones = new ArrayList<>();
            try (Connection c = db.connect()) {
                storeInClear(c, earlier, messagePhones);
            }

            try (ConfigurableApplicationContext app = start(db, folder.resolve("keys"))) {
                String number = earlier.number().value();
                IntakeCase converted = app.getBean(Intake.class).ofApplicant(idNumber, 5).get(0);
                assertThat(converted.number().value()).isEqualTo(number);
                assertThat(converted.parties().applicant()).isEqualTo(earlier.parties().applicant());
                assertThat(converted.parties().agent()).isEqualTo(earlier.parties().agent());
                assertThat(converted.parties().form()).isEqualTo(earlier.parties().form());
                assertThat(app.getBean(StatusLookups.class).find(number, phone.substring(7), ClientAddress.of("192.0.2.78")).number().value())
                        .isEqualTo(number);
                UserDetailsService logins = app.getBean(UserDetailsService.class);
                assertThat(logins.loadUserByUsername(idNumber).getUsername()).startsWith(ApplicantAccounts.PRINCIPAL_PREFIX)
                        .isEqualTo(logins.loadUserByUsername(phone).getUsername());
                assertThat(app.getBean(CertificateRegister.class).validFor(creditCode, LocalDate.of(2026, 10, 19)))
                        .singleElement().satisfies(held -> assertThat(held.number()).isEqualTo("TPII-2026-000001"));
                assertThat(app.getBean(BadCreditList.class).contains(listed)).isTrue();
                assertThat(app.getBean(Deliveries.class).find(number).to()).satisfies(to -> {
                    assertThat(to.phone()).isEqualTo(recipientPhone);
                    assertThat(to.address()).isEqualTo(address);
                });
                assertThat(app.getBean(Notifications.class).about(number)).hasSize(MESSAGES);

                DataSource data = app.getBean(DataSource.class);
                assertThat(RawDatabase.whereAnyAppears(data, List.of(idNumber, phone, agentIdNumber, agentPhone,
                        formAddress, creditCode, recipientPhone, address, listed, messagePhones.get(0),
                        messagePhones.get(MESSAGES - 1)))).isEmpty();
                assertThat(RawDatabase.textColumns(data)).map(String::toLowerCase)
                        .contains("people_applicant.identifier_encrypted", "intake_case.body")
                        .doesNotContain("people_applicant.identifier", "people_applicant.phone",
                                "intake_case.applicant_identifier", "intake_case.phone_last_four",
                                "intake_bad_credit.identifier", "certificate.holder_identifier",
                                "notification_message.phone", "delivery.recipient_phone", "delivery.address");
                try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM notification_message WHERE phone_encrypted LIKE 'pd1:1:%'");
                        ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(MESSAGES);
                }
            }
        }
    }

    @Test
    void a_key_folder_without_the_databases_keys_or_with_others_stops_the_start_with_what_to_do(CapturedOutput output)
            throws Exception {
        try (OwnDatabase db = OwnDatabase.create()) {
            start(db, folder.resolve("keys")).close();
            Path empty = folder.resolve("empty");
            Path other = folder.resolve("other");
            new KeyFolder(other).secret("personal-data-1", 32);

            assertThatThrownBy(() -> start(db, empty)).satisfies(e -> assertThat(problemIn(e).getMessage())
                    .contains(empty.resolve("personal-data-1.key").toString(), "missing"));
            assertThat(empty.resolve("personal-data-1.key")).doesNotExist();
            assertThatThrownBy(() -> start(db, other)).satisfies(e -> assertThat(problemIn(e).getMessage())
                    .contains(other.resolve("personal-data-1.key").toString(), "is not the one"));
            assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Restore", "Put back the original");

            start(db, folder.resolve("keys")).close();
        }
    }

    private IntakeCase aCaseWithAnAgentAndAForm() {
        PersonalRecords.loadItem(catalog);
        return intake.submit(aCase().of(PersonalRecords.ITEM)
                .withApplicant(aPerson().identifiedBy(idNumber).named("钱七").withPhone(phone))
                .withAgent(new Agent("周九", agentIdNumber, agentPhone, null))
                .withForm(Map.of("businessAddress", formAddress)).build(), "clerk");
    }

    /** The rows as the earlier version wrote them, the case body as its JSON mapper wrote it. */
    private void storeInClear(Connection c, IntakeCase earlier, List<String> messagePhones) throws SQLException {
        OffsetDateTime now = OffsetDateTime.parse("2026-10-19T01:00:00Z");
        String number = earlier.number().value();
        execute(c, """
                INSERT INTO people_applicant (kind, identifier, name, phone, password_hash, enabled, demo, registered_at)
                VALUES ('NATURAL_PERSON', ?, '钱七', ?, '{noop}unused', TRUE, FALSE, ?)""", idNumber, phone, now);
        execute(c, """
                INSERT INTO intake_case (number, idempotency_key, channel, status, subject, bundle, applicant_identifier,
                    applicant_account, phone_last_four, created_at, received_on, deemed_accepted, version, body)
                VALUES (?, ?, 'WEB', 'PRE_CHECK', ?, FALSE, ?, NULL, ?, ?, NULL, FALSE, 0, ?)""",
                number, earlier.application().idempotencyKey(), earlier.application().subject(), idNumber,
                phone.substring(7), now,
                json.writeValueAsString(earlier));
        execute(c, "INSERT INTO intake_bad_credit (identifier, reason, added_by, added_at) VALUES (?, '虚假材料', 'admin', ?)",
                listed, now);
        execute(c, """
                INSERT INTO certificate (number, case_number, item_code, certificate_type, holder_name, holder_identifier,
                    holder_legal_person, department, issued_on, conditions, code, key_id, created_at)
                VALUES ('TPII-2026-000001', ?, 'XK-TPII-001', '测试证', '示例市保密科技有限公司', ?, TRUE, 'TPII', ?, '',
                    'unsigned', 'test', ?)""", number, creditCode, LocalDate.of(2026, 10, 12), now);
        execute(c, """
                INSERT INTO delivery (case_number, status, method, recipient, recipient_phone, address, carrier,
                    tracking_number, created_at, version)
                VALUES (?, 'SHIPMENT_CREATED', 'EXPRESS', '钱七', ?, ?, '中国邮政EMS', ?, ?, 1)""",
                number, recipientPhone, address, "EMS" + ThreadLocalRandom.current().nextLong(1L << 40), now);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO notification_message (phone, subject_id, kind, body, queued_at) VALUES (?, ?, 'accepted', ?, ?)""")) {
            for (int i = 0; i < MESSAGES; i++) {
                String to = aPhone();
                messagePhones.add(to);
                s.setString(1, to);
                s.setString(2, number);
                s.setString(3, "您的办件已受理。");
                s.setObject(4, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static ConfigurableApplicationContext start(OwnDatabase db, Path keys) throws Exception {
        return db.start(keys);
    }

    private static PersonalDataKeyProblem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PersonalDataKeyProblem problem) {
                return problem;
            }
        }
        throw new AssertionError("No PersonalDataKeyProblem in " + e, e);
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static String aPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
