package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.OwnDatabase;
import org.onevisit.PersonalRecords;
import org.onevisit.RawDatabase;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --onevisit.command=reencrypt-personal-data} after both keys were changed: every stored value moves to the new
 * encryption key and every blind index to the new index key, everything is still found, a second run changes nothing,
 * and the old key files are no longer needed to start. On a database of its own, H2 or PostgreSQL as the run is.
 */
class ReencryptPersonalDataCommandTests {

    private static final String[] NEW_KEYS = {"--onevisit.personal-data.encryption-key=2",
            "--onevisit.personal-data.index-key=2"};

    @TempDir
    Path folder;

    @Test
    void every_value_and_index_moves_to_the_new_keys_and_everything_is_still_found() throws Exception {
        Path keys = folder.resolve("keys");
        try (OwnDatabase db = OwnDatabase.create()) {
            PersonalRecords made;
            try (ConfigurableApplicationContext app = db.start(keys)) {
                made = PersonalRecords.madeIn(app);
            }
            try (ConfigurableApplicationContext app = db.start(keys, NEW_KEYS)) {
                DataSource data = app.getBean(DataSource.class);
                assertThat(encryptedUnder(data, "pd1:1:")).isPositive();
                // until the command has run, lookups still use the index key the indexes were made with
                assertStillFound(app, made);

                AtomicInteger exitCode = new AtomicInteger(-1);
                command(app, exitCode).run(new DefaultApplicationArguments());

                assertThat(exitCode).hasValue(0);
                assertThat(encryptedUnder(data, "pd1:1:")).isZero();
                assertThat(encryptedUnder(data, "pd1:2:")).isPositive();
                assertThat(registered(data)).containsExactly("personal-data-2 ENCRYPTION false",
                        "personal-data-index-2 INDEX true");
                assertThat(RawDatabase.whereAnyAppears(data, made.secrets())).isEmpty();
                assertStillFound(app, made);

                Reencryption again = reencryption(app);
                assertThat(app.getBeansOfType(PersonalDataAtRest.class).values()).hasSize(8)
                        .allSatisfy(store -> assertThat(store.reencrypt(again)).isZero());
            }
            Files.move(keys.resolve("personal-data-1.key"), folder.resolve("personal-data-1.key.offline"));
            Files.move(keys.resolve("personal-data-index-1.key"), folder.resolve("personal-data-index-1.key.offline"));
            try (ConfigurableApplicationContext app = db.start(keys, NEW_KEYS)) {
                assertStillFound(app, made);
            }
        }
    }

    private static void assertStillFound(ApplicationContext app, PersonalRecords made) {
        UserDetailsService logins = app.getBean(UserDetailsService.class);
        assertThat(logins.loadUserByUsername(made.phone()).getUsername())
                .isEqualTo(logins.loadUserByUsername(made.idNumber()).getUsername());
        assertThat(logins.loadUserByUsername(made.creditCode()).getUsername())
                .isEqualTo(logins.loadUserByUsername(made.companyPhone()).getUsername());
        IntakeCase c = app.getBean(Intake.class).ofApplicant(made.idNumber(), 5).get(0);
        assertThat(c.number().value()).isEqualTo(made.caseNumber());
        assertThat(c.parties().agent().idNumber()).isEqualTo(made.agentIdNumber());
        assertThat(c.parties().form()).containsEntry("businessAddress", made.formAddress());
        assertThat(app.getBean(CertificateRegister.class).validFor(made.idNumber(), PersonalRecords.DECIDED_ON)).hasSize(1);
        assertThat(app.getBean(BadCreditList.class).contains(made.listed())).isTrue();
        assertThat(app.getBean(Deliveries.class).find(made.caseNumber()).to().address()).isEqualTo(made.deliveryAddress());
        assertThat(app.getBean(org.onevisit.postal.PostalItems.class).list(null)).extracting(i -> i.sender().address())
                .contains(made.deliveryAddress());
    }

    private static ReencryptPersonalDataCommand command(ApplicationContext app, AtomicInteger exitCode) {
        return new ReencryptPersonalDataCommand(List.copyOf(app.getBeansOfType(PersonalDataAtRest.class).values()),
                app.getBean(PersonalDataKeys.class), reencryption(app), app.getBean(JdbcTemplate.class), exitCode::set);
    }

    private static Reencryption reencryption(ApplicationContext app) {
        return new Reencryption(app.getBean(PersonalDataCipher.class), app.getBean(JdbcClient.class),
                new TransactionTemplate(app.getBean(PlatformTransactionManager.class)));
    }

    /** How many encrypted values, in any column, start with {@code prefix}. */
    private static long encryptedUnder(DataSource data, String prefix) throws SQLException {
        long count = 0;
        try (Connection c = data.getConnection()) {
            for (String column : List.of("people_applicant.identifier_encrypted", "people_applicant.phone_encrypted",
                    "intake_case.body", "intake_bad_credit.identifier_encrypted", "certificate.holder_identifier_encrypted",
                    "notification_message.phone_encrypted", "delivery.recipient_phone_encrypted",
                    "delivery.address_encrypted", "notification_delivery.address_encrypted",
                    "people_applicant.email_encrypted", "postal_mail_item.sender_phone_enc",
                    "postal_mail_item.sender_addr_enc")) {
                String[] parts = column.split("\\.");
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + parts[0] + " WHERE " + parts[1]
                        + " LIKE ?")) {
                    s.setString(1, column.endsWith("body") ? "%\"" + prefix + "%" : prefix + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        count += rs.getLong(1);
                    }
                }
            }
        }
        return count;
    }

    private static List<String> registered(DataSource data) throws SQLException {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT name, purpose, in_use FROM personal_data_key ORDER BY name"); ResultSet rs = s.executeQuery()) {
            List<String> keys = new java.util.ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
            return keys;
        }
    }
}
