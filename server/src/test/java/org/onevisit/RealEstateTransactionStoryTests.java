package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.delivery.TrackingStatus;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.TestIdentities;
import org.onevisit.people.TestOfficials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reform's own story, end to end on the demo catalog: a second-hand home transaction (二手房交易登记一件事) handed
 * in once at the counter; housing, tax, bank and the land registry review in parallel; the transfer and the
 * utilities follow stage by stage; every item is decided; the real-estate certificates are issued; the result
 * goes out by express. The applicant came once.
 */
@SpringBootTest
class RealEstateTransactionStoryTests {

    @Autowired
    StaffAccounts staff;

    private static final String BUNDLE = "YJS-BDCJY";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Deliveries deliveries;

    @Test
    void one_visit_four_parallel_reviews_decisions_certificates_and_express_delivery() throws Exception {
        String buyer = TestIdentities.aResidentIdNumber();
        IntakeCase c = intake.submit(aCase().ofBundle(BUNDLE).asBuyerWithASeller()
                .withApplicant(aPerson().identifiedBy(buyer).named("林十三").withPhone("13900007777"))
                .providingAll(intake.materialsOf(BUNDLE, true))
                .build(), "clerk");
        String number = c.number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));

        List<ReviewTask> firstStage = reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList();
        assertThat(firstStage).extracting(ReviewTask::department).containsExactlyInAnyOrder("ZJJ", "SWJ", "NSYH", "BDC");

        for (int stage = 0; stage < 3; stage++) {
            for (ReviewTask t : reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList()) {
                reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
            }
        }
        assertThat(reviewing.ofCase(number)).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.CONSENTED));

        for (var item : intake.find(number).application().items()) {
            deciding.decide(number, item.code(), true, "", TestOfficials.of(staff, item.department()));
        }

        assertThat(certificates.validFor(buyer, LocalDate.parse("2026-10-19"))).hasSize(2);

        deliveries.ship(number, new Address("林十三", "13900007777", "示例市滨江路 88 号 3 幢 1201 室"), "中国邮政EMS",
                "EMS" + UUID.randomUUID().toString().substring(0, 10), "clerk");
        var shipped = deliveries.find(number);
        deliveries.track("ems", shipped.shipment().trackingNumber(), TrackingStatus.DELIVERED, null);

        assertThat(deliveries.find(number).status()).isEqualTo(DeliveryStatus.DELIVERED);
        IntakeCase done = intake.find(number);
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.visitCount()).isEqualTo(1);
    }
}
