package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.ItemDecided;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.certificates.HeldCertificate;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.people.DelegationGrant;
import org.onevisit.people.DelegationRegister;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reform's own story of an enterprise investment project filed in one visit (企业投资项目备案、拿地即开工):
 * the project filing, the environmental impact registration, the land-use planning permit and the construction
 * permit of the demo catalog are handed in once at the counter; the four departments' chief representatives
 * (首席代表) each decide their item on the spot under their delegation lists; the two permits are issued as
 * e-certificates the same day and handed over before the applicant leaves. One visit.
 *
 * <p>The demo catalog's investment bundle (YJS-TZXM) runs these steps in five stages with expert reviews and site
 * inspections, which no chief representative may decide alone; so this story brings its own one-stage bundle of
 * the four demo items, and its own chief representatives and delegations (the demo people delegate only market
 * regulation and land registry items).
 */
@SpringBootTest
class InvestmentFilingStoryTests {

    private static final String BUNDLE = "YJS-TZBA-STORY";

    /** Each department's chief representative and the item in their delegation list. */
    private static final Map<String, String> CHIEFS = Map.of(
            "QT-FGJ-001", "story-fgj-chief",
            "BA-STHJ-001", "story-sthj-chief",
            "XK-ZRZY-002", "story-zrzy-chief",
            "XK-ZJJ-001", "story-zjj-chief");

    private static final Map<String, String> DEPARTMENTS = Map.of(
            "QT-FGJ-001", "FGJ", "BA-STHJ-001", "STHJ", "XK-ZRZY-002", "ZRZY", "XK-ZJJ-001", "ZJJ");

    private static final LocalDate TODAY = LocalDate.parse("2026-10-19");

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    DelegationRegister delegations;

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

    @BeforeEach
    void the_bundle_and_the_chief_representatives_are_there() {
        String yaml = """
                format: onevisit-catalog/1
                bundles:
                  - code: %s
                    name: 企业投资项目备案与开工一件事
                    description: 项目备案、环评登记表备案、建设用地规划许可和施工许可一次申请，首席代表当场办结。
                    lifeEvents: [CONSTRUCTION]
                    leadDepartment: FGJ
                    stages:
                      - key: S1
                        name: 首席代表当场办结
                        items: [QT-FGJ-001, BA-STHJ-001, XK-ZRZY-002, XK-ZJJ-001]
                        after: []
                        joint: NONE
                """.formatted(BUNDLE);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        CHIEFS.forEach((item, chief) -> {
            if (staff.find(chief).isEmpty()) {
                staff.open(new NewStaffMember(chief, "首席代表 " + DEPARTMENTS.get(item), DEPARTMENTS.get(item),
                        Set.of(StaffRole.CHIEF_REPRESENTATIVE, StaffRole.REVIEWER), "chief-pass-1"));
            }
            if (!delegations.isDelegated(chief, item, TODAY)) {
                delegations.grant(chief, new DelegationGrant(item, TODAY, null), "admin");
            }
        });
    }

    @Test
    void four_chief_representatives_decide_in_the_same_visit_and_the_permits_are_issued_on_the_spot() throws Exception {
        String company = TestIdentities.aCreditCode();
        Map<String, MaterialStatus> all = intake.materialsOf(BUNDLE, true).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        IntakeCase c = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, BUNDLE, true,
                new Applicant(true, company, "示例精密制造有限公司", "13700005555", "钱十一"), null, Map.of(), all, false, null),
                "clerk");
        String number = c.number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(reviewing.ofCase(number)).extracting(ReviewTask::department, ReviewTask::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FGJ", TaskStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("STHJ", TaskStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("ZRZY", TaskStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple("ZJJ", TaskStatus.OPEN));

        // A chief representative decides only what their own delegation list holds.
        assertThatThrownBy(() -> deciding.decideOnTheSpot(number, "XK-ZRZY-002", "", "story-zjj-chief"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-not-delegated"));

        for (String item : List.of("QT-FGJ-001", "BA-STHJ-001", "XK-ZRZY-002", "XK-ZJJ-001")) {
            ItemDecided decided = deciding.decideOnTheSpot(number, item, "", CHIEFS.get(item));
            assertThat(decided.approved()).isTrue();
            assertThat(decided.decidedOn()).isEqualTo(TODAY);
        }

        assertThat(deciding.decisionsOf(number)).hasSize(4).allSatisfy(d -> {
            assertThat(d.delegated()).isTrue();
            assertThat(d.decidedBy()).isEqualTo(CHIEFS.get(d.itemCode()));
        });
        assertThat(reviewing.ofCase(number)).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.CONSENTED);
            assertThat(t.answer().delegated()).isTrue();
            assertThat(t.answer().by()).isEqualTo(CHIEFS.get(t.itemCode()));
        });

        // The land-use planning permit and the construction permit are licences: e-certificates, dated today.
        assertThat(certificates.validFor(company, TODAY)).extracting(HeldCertificate::type)
                .containsExactlyInAnyOrder("建设用地规划许可证", "建筑工程施工许可证");
        assertThat(certificates.validFor(company, TODAY)).extracting(HeldCertificate::issuedOn).containsOnly(TODAY);

        // The results wait at the counter and are handed over in the same visit: no second trip.
        deliveries.readyForPickup(number, "clerk");
        assertThat(deliveries.handOver(number, "clerk").status()).isEqualTo(DeliveryStatus.PICKED_UP);

        IntakeCase done = intake.find(number);
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.visitCount()).isEqualTo(1);
    }
}
