package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.Intake;
import org.onevisit.intake.StatusLookups;
import org.onevisit.platform.ClientAddress;
import org.onevisit.notification.Notifications;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.PersonalDataUnreadable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * ID numbers, phones and addresses are protected at rest (DESIGN decision 8): once every kind of record that holds
 * them has been made ({@link PersonalRecords}), no text column of any table holds any of those values in clear — yet
 * each is still found by it, and none was logged. On H2, and on PostgreSQL with the postgres profile.
 */
@SpringBootTest(properties = "logging.level.org.onevisit=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTests {

    @Autowired
    ApplicationContext app;

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    UserDetailsService logins;

    @Autowired
    Intake intake;

    @Autowired
    StatusLookups statusLookups;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Notifications notifications;

    @Autowired
    BadCreditList badCredit;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private PersonalRecords made;

    @BeforeEach
    void every_kind_of_record_holding_personal_data_is_made() {
        made = PersonalRecords.madeIn(app);
    }

    @Test
    void no_text_column_of_any_table_holds_an_id_number_a_phone_or_an_address_in_clear(CapturedOutput log)
            throws Exception {
        assertThat(RawDatabase.whereAnyAppears(dataSource, made.secrets())).isEmpty();
        // the scan does see what is stored in clear, such as the waybill number
        assertThat(RawDatabase.whereAnyAppears(dataSource, List.of(made.trackingNumber())))
                .containsExactly("delivery.tracking_number: " + made.trackingNumber());
        assertThat(made.secrets()).noneMatch(log.getAll()::contains);
    }

    @Test
    void a_value_altered_in_the_database_is_refused_rather_than_shown_as_something_else() {
        String stored = jdbc.sql("SELECT address_encrypted FROM delivery WHERE case_number = ?").param(made.caseNumber())
                .query(String.class).single();
        int middle = stored.length() / 2;
        String altered = stored.substring(0, middle) + (stored.charAt(middle) == 'A' ? 'B' : 'A') + stored.substring(middle + 1);
        jdbc.sql("UPDATE delivery SET address_encrypted = ? WHERE case_number = ?").params(altered, made.caseNumber())
                .update();

        assertThatThrownBy(() -> deliveries.find(made.caseNumber())).isInstanceOf(PersonalDataUnreadable.class)
                .hasMessageNotContaining(made.deliveryAddress());
    }

    @Test
    void each_value_is_still_found_by_it_and_read_back_whole() {
        String person = logins.loadUserByUsername(made.idNumber()).getUsername();
        assertThat(person).startsWith(ApplicantAccounts.PRINCIPAL_PREFIX);
        assertThat(logins.loadUserByUsername(made.phone()).getUsername()).isEqualTo(person);
        assertThat(logins.loadUserByUsername(made.creditCode().toLowerCase()).getUsername())
                .isEqualTo(logins.loadUserByUsername(made.companyPhone()).getUsername());
        assertThat(accounts.identity(person).orElseThrow().phone()).isEqualTo(made.phone());
        assertThatThrownBy(() -> accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON,
                made.idNumber(), "另一人", PersonalRecords.aPhone(), null, PersonalRecords.PASSWORD)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("applicant-already-registered"));

        assertThat(intake.ofApplicant(made.idNumber(), 10)).singleElement().satisfies(c -> {
            assertThat(c.number().value()).isEqualTo(made.caseNumber());
            assertThat(c.parties().applicant().phone()).isEqualTo(made.phone());
            assertThat(c.parties().agent().idNumber()).isEqualTo(made.agentIdNumber());
            assertThat(c.parties().agent().phone()).isEqualTo(made.agentPhone());
            assertThat(c.parties().form()).containsEntry("businessAddress", made.formAddress())
                    .containsEntry("contactPhone", made.formPhone());
        });
        assertThat(statusLookups.find(made.caseNumber(), made.phone().substring(7), ClientAddress.of("192.0.2.77")).number().value())
                .isEqualTo(made.caseNumber());
        assertThat(certificates.validFor(made.idNumber(), PersonalRecords.DECIDED_ON)).singleElement()
                .satisfies(held -> assertThat(held.number()).isNotBlank());
        assertThat(deliveries.find(made.caseNumber()).to()).satisfies(to -> {
            assertThat(to.phone()).isEqualTo(made.recipientPhone());
            assertThat(to.address()).isEqualTo(made.deliveryAddress());
        });
        String phone = made.phone();
        assertThat(notifications.about(made.caseNumber())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.maskedPhone()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        assertThat(badCredit.contains(made.listed())).isTrue();
        assertThat(badCredit.contains(made.idNumber())).isFalse();
        assertThat(badCredit.entries()).anySatisfy(e -> assertThat(e.identifier())
                .isEqualTo(made.listed().substring(0, 6) + "********" + made.listed().substring(14)));
    }
}
