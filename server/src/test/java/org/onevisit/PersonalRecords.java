package org.onevisit;

import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.onevisit.certificates.Approval;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.Agent;
import org.onevisit.intake.BadCreditList;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of record that holds personal data, made through the product as people make them, with values no other
 * test uses: two applicants registered (a person and a company); a case with an agent and a form received at the
 * counter and accepted (which queues a text message), its certificate issued, its result shipped by express; someone
 * put on the bad-credit list; a letter of the same person registered as a mail item (邮寄收件).
 */
public record PersonalRecords(String caseNumber, String idNumber, String phone, String creditCode, String companyPhone,
        String agentIdNumber, String agentPhone, String formAddress, String formPhone, String recipientPhone,
        String deliveryAddress, String listed, String trackingNumber) {

    public static final String ITEM = "XK-TPII-001";
    public static final String PASSWORD = "Pii-Check-2026";
    public static final LocalDate DECIDED_ON = LocalDate.of(2026, 10, 19);

    /** The personal values, which must never be stored or logged in clear. */
    public List<String> secrets() {
        return List.of(idNumber, phone, creditCode, companyPhone, agentIdNumber, agentPhone, formAddress, formPhone,
                recipientPhone, deliveryAddress, listed);
    }

    /** The counter clerk who receives the case, opened where the database has none (it holds no demo data). */
    private static final String CLERK = "pii-clerk";

    public static PersonalRecords madeIn(ApplicationContext app) {
        PersonalRecords r = new PersonalRecords("", TestIdentities.aResidentIdNumber(), aPhone(),
                TestIdentities.aCreditCode(), aPhone(), TestIdentities.aResidentIdNumber(), aPhone(),
                "浙江省示例市西湖区文三路" + ThreadLocalRandom.current().nextInt(1_000_000) + "号", aPhone(), aPhone(),
                "浙江省示例市上城区解放路" + ThreadLocalRandom.current().nextInt(1_000_000) + "号",
                TestIdentities.aResidentIdNumber(), "EMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        loadItem(app.getBean(CatalogEditing.class));
        ApplicantAccounts accounts = app.getBean(ApplicantAccounts.class);
        String person = accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, r.idNumber, "钱七",
                r.phone, null, PASSWORD)).principal();
        // an e-mail address too (it holds the phone, a secret: found in clear, it fails the check), so that the
        // acceptance's message is delivered by e-mail as well
        accounts.updateContact(person, r.phone + "@mail.example.cn", "zh", "WEB");
        accounts.register(new ApplicantRegistration(ApplicantKind.LEGAL_PERSON, r.creditCode, "示例市保密科技有限公司",
                r.companyPhone, "孙八", PASSWORD));
        StaffAccounts staff = app.getBean(StaffAccounts.class);
        if (staff.find(CLERK).isEmpty()) {
            staff.open(new NewStaffMember(CLERK, "个人信息测试受理员", null, Set.of(StaffRole.CLERK), PASSWORD));
        }
        IntakeCase received = app.getBean(Intake.class).submit(aCase().of(ITEM)
                .withApplicant(aPerson().identifiedBy(r.idNumber).named("钱七").withPhone(r.phone))
                .withAgent(new Agent("周九", r.agentIdNumber, r.agentPhone, null))
                .withForm(Map.of("businessAddress", r.formAddress, "contactPhone", r.formPhone)).providing("M1", "M2")
                .build(), CLERK);
        String number = app.getBean(CounterDecisions.class)
                .accept(received.number().value(), new Act(CLERK, Channel.COUNTER, null)).number().value();
        TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        transactions.executeWithoutResult(s -> app.getBean(CertificateRegister.class).issue(new Approval(number, ITEM,
                "TPII", "LICENCE", "测试证", r.idNumber, "钱七", false, DECIDED_ON, null, "")));
        transactions.executeWithoutResult(s -> app.getBean(Deliveries.class).open(number, false, List.of(ITEM + "@1")));
        app.getBean(Deliveries.class).ship(number, new Address("钱七", r.recipientPhone, r.deliveryAddress), "中国邮政EMS",
                r.trackingNumber, CLERK);
        app.getBean(BadCreditList.class).add(r.listed, "测试：虚假材料", "admin");
        // the same phone and address, as the sender of an application by post
        app.getBean(org.onevisit.postal.PostalItems.class).register(new org.onevisit.postal.NewMailItem(
                org.onevisit.postal.TrackingNumbers.anEmsNumber(), "中国邮政EMS",
                new org.onevisit.postal.Sender("钱七", r.recipientPhone, r.deliveryAddress), DECIDED_ON, ITEM, ""), CLERK);
        return new PersonalRecords(number, r.idNumber, r.phone, r.creditCode, r.companyPhone, r.agentIdNumber,
                r.agentPhone, r.formAddress, r.formPhone, r.recipientPhone, r.deliveryAddress, r.listed, r.trackingNumber);
    }

    /** A licence of a department of its own, results by express allowed; materials M1 required, M2 deferrable. */
    public static void loadItem(CatalogEditing catalog) {
        catalog.importCatalog(YamlCatalogReader.read(new StringReader("format: onevisit-catalog/1\ndepartments:\n"
                + TestCatalogs.department("TPII", 9611) + "items:\n"
                + TestCatalogs.withTextFields(TestCatalogs.item(ITEM, "个人信息测试许可", "ADMINISTRATIVE_LICENCE", "TPII",
                        20, 10), "businessAddress", "contactPhone"))), "test");
    }

    public static String aPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
