package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onevisit.casework.CaseDecided;
import org.onevisit.casework.ItemDecided;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.Agent;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.notification.Notifications;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ID numbers, phones and addresses are protected at rest (DESIGN decision 8): once applicants have registered, a case
 * with an agent and a form has been received and accepted (which queues a text message), its certificate issued, its
 * result shipped and an applicant put on the bad-credit list, no text column of any table holds any of those values
 * in clear — yet each is still found by it, and none was logged. On H2, and on PostgreSQL with the postgres profile.
 */
@SpringBootTest(properties = "logging.level.org.onevisit=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTests {

    static final String ITEM = "XK-TPII-001";
    private static final String PASSWORD = "Pii-Check-2026";
    private static final Act CLERK = new Act("clerk-pii", Channel.COUNTER, null);

    @Autowired
    CatalogEditing catalog;

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    UserDetailsService logins;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions counter;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Notifications notifications;

    @Autowired
    BadCreditList badCredit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    private final String idNumber = TestIdentities.aResidentIdNumber();
    private final String phone = aPhone();
    private final String creditCode = TestIdentities.aCreditCode();
    private final String companyPhone = aPhone();
    private final String agentIdNumber = TestIdentities.aResidentIdNumber();
    private final String agentPhone = aPhone();
    private final String formAddress = "浙江省示例市西湖区文三路" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";
    private final String formPhone = aPhone();
    private final String recipientPhone = aPhone();
    private final String deliveryAddress = "浙江省示例市上城区解放路" + ThreadLocalRandom.current().nextInt(1_000_000) + "号";
    private final String listed = TestIdentities.aResidentIdNumber();
    private final String trackingNumber = "EMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private String number;

    @BeforeEach
    void applicants_a_case_with_its_message_certificate_and_delivery_and_a_listing() {
        loadItem(catalog);
        accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, idNumber, "钱七", phone, null, PASSWORD));
        accounts.register(new ApplicantRegistration(ApplicantKind.LEGAL_PERSON, creditCode, "示例市保密科技有限公司",
                companyPhone, "孙八", PASSWORD));
        IntakeCase received = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, ITEM, false,
                new Applicant(false, idNumber, "钱七", phone, null), new Agent("周九", agentIdNumber, agentPhone, null),
                Map.of("businessAddress", formAddress, "contactPhone", formPhone),
                Map.of("M1", MaterialStatus.PROVIDED, "M2", MaterialStatus.PROVIDED), false, null), "clerk-pii");
        number = counter.accept(received.number().value(), CLERK).number().value();
        inTransaction(() -> events.publishEvent(new ItemDecided(number, ITEM, 1, "个人信息测试许可", "TPII", true, "",
                "LICENCE", "测试证", idNumber, "钱七", false, LocalDate.of(2026, 10, 19), null)));
        inTransaction(() -> events.publishEvent(new CaseDecided(number, List.of(ITEM), List.of(), LocalDate.of(2026, 10, 19))));
        deliveries.ship(number, new Address("钱七", recipientPhone, deliveryAddress), "中国邮政EMS",
                trackingNumber, "clerk-pii");
        badCredit.add(listed, "测试：虚假材料", "admin");
    }

    @Test
    void no_text_column_of_any_table_holds_an_id_number_a_phone_or_an_address_in_clear(CapturedOutput log)
            throws Exception {
        List<String> secrets = List.of(idNumber, phone, creditCode, companyPhone, agentIdNumber, agentPhone, formAddress,
                formPhone, recipientPhone, deliveryAddress, listed);

        assertThat(RawDatabase.whereAnyAppears(dataSource, secrets)).isEmpty();
        // the scan does see what is stored in clear, such as the waybill number
        assertThat(RawDatabase.whereAnyAppears(dataSource, List.of(trackingNumber)))
                .containsExactly("delivery.tracking_number: " + trackingNumber);
        assertThat(secrets).noneMatch(log.getAll()::contains);
    }

    @Test
    void each_value_is_still_found_by_it_and_read_back_whole() {
        assertThat(logins.loadUserByUsername(idNumber).getUsername()).startsWith(ApplicantAccounts.PRINCIPAL_PREFIX);
        assertThat(logins.loadUserByUsername(phone).getUsername())
                .isEqualTo(logins.loadUserByUsername(idNumber).getUsername());
        assertThat(logins.loadUserByUsername(creditCode.toLowerCase()).getUsername())
                .isEqualTo(logins.loadUserByUsername(companyPhone).getUsername());
        assertThat(accounts.identity(logins.loadUserByUsername(idNumber).getUsername()).orElseThrow().phone())
                .isEqualTo(phone);
        assertThatThrownBy(() -> accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, idNumber,
                "另一人", aPhone(), null, PASSWORD)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("applicant-already-registered"));

        assertThat(intake.ofApplicant(idNumber, 10)).singleElement().satisfies(c -> {
            assertThat(c.number().value()).isEqualTo(number);
            assertThat(c.applicant().phone()).isEqualTo(phone);
            assertThat(c.agent().idNumber()).isEqualTo(agentIdNumber);
            assertThat(c.agent().phone()).isEqualTo(agentPhone);
            assertThat(c.form()).containsEntry("businessAddress", formAddress).containsEntry("contactPhone", formPhone);
        });
        assertThat(intake.findPublic(number, phone.substring(7)).number().value()).isEqualTo(number);
        assertThat(certificates.validFor(idNumber, LocalDate.of(2026, 10, 19))).singleElement()
                .satisfies(held -> assertThat(held.number()).isNotBlank());
        assertThat(deliveries.find(number).to()).satisfies(to -> {
            assertThat(to.phone()).isEqualTo(recipientPhone);
            assertThat(to.address()).isEqualTo(deliveryAddress);
        });
        assertThat(notifications.about(number)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.maskedPhone()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7)));
        assertThat(badCredit.contains(listed)).isTrue();
        assertThat(badCredit.contains(idNumber)).isFalse();
        assertThat(badCredit.entries()).anySatisfy(e -> assertThat(e.identifier())
                .isEqualTo(listed.substring(0, 6) + "********" + listed.substring(14)));
    }

    /** A licence of a department of its own, results by express allowed; materials M1 required, M2 deferrable. */
    static void loadItem(CatalogEditing catalog) {
        catalog.importCatalog(YamlCatalogReader.read(new StringReader("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department("TPII", 9611) + "items:\n"
                + TestCatalogs.item(ITEM, "个人信息测试许可", "ADMINISTRATIVE_LICENCE", "TPII", 20, 10))), "test");
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private static String aPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
