package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.intake.ApplicantBuilder.aCompany;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.Necessity;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.DeliveryStatus;
import org.onevisit.delivery.TrackingStatus;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.CounterDecisions.Act;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.IntakeTimerRuns;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.notification.Notifications;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The reform's own story of 容缺受理 on the demo catalog's 建设工程规划许可证核发 (XK-ZRZY-003): two companies hand in
 * everything but the power of attorney (授权委托书, a material the catalog lets them supply later) and are accepted
 * on their pledges the same Monday. Review and decision go ahead at once. One company supplies the paper online on
 * the last day and gets its permit by express, the result held back until then; the other never does, and the
 * day after the deadline its case is terminated and it is told by text message.
 */
@SpringBootTest
@Import(MovableClock.class)
class PledgeStoryTests {

    private static final String ITEM = "XK-ZRZY-003";
    private static final String REVIEWER = "story-zrzy-reviewer";

    @Autowired
    ApplicationContext context;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CaseSupplements supplements;

    @Autowired
    MaterialFiles files;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Notifications notifications;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicantAccounts applicants;

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A company's case with everything but the deferrable material, accepted on its pledge; its review opened. */
    private IntakeCase acceptedOnPledge(String company, String name, String phone) throws InterruptedException {
        return acceptedOnPledge(company, name, phone, null);
    }

    /**
     * The same, applied for online on the company's portal account when {@code account} is given (the pledge is then
     * signed at the counter), else handed in at the counter.
     */
    private IntakeCase acceptedOnPledge(String company, String name, String phone, @Nullable String account)
            throws InterruptedException {
        Map<String, MaterialStatus> allButDeferrable = intake.materialsOf(ITEM, false).stream()
                .filter(m -> m.necessity() != Necessity.DEFERRABLE)
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        IntakeCase c = intake.submit(aCase().of(ITEM).on(account == null ? Channel.COUNTER : Channel.WEB)
                .withApplicant(aCompany().identifiedBy(company).named(name).withPhone(phone).representedBy("郑十四"))
                .withMaterials(allButDeferrable).byAccount(account).build(), account == null ? "clerk" : account);
        IntakeCase pledged = decisions.acceptOnPledge(c.number().value(), "本单位承诺于期限内补交授权委托书及受托人身份证明，逾期终止办理",
                new Act("clerk", Channel.COUNTER, null));
        assertThat(reviewing.ofCase(c.number().value())).isNotEmpty();
        return pledged;
    }

    private ReviewTask task(String number) {
        return reviewing.ofCase(number).stream().findFirst().orElseThrow();
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_pledge_kept_in_time_gets_its_result_and_a_pledge_broken_ends_the_case() throws Exception {
        if (staff.find(REVIEWER).isEmpty()) {
            staff.open(new NewStaffMember(REVIEWER, "规划审查员", "ZRZY", Set.of(StaffRole.REVIEWER), "review-pass-1"));
        }
        MovableClock.CLOCK.setDay("2026-11-02");
        String keeper = TestIdentities.aCreditCode();
        String keepersAccount = applicants.register(new ApplicantRegistration(ApplicantKind.LEGAL_PERSON, keeper,
                "示例守信建设有限公司", "13600001111", "郑十四", "keeper-pass-1")).principal();
        IntakeCase kept = acceptedOnPledge(keeper, "示例守信建设有限公司", "13600001111", keepersAccount);
        IntakeCase broken = acceptedOnPledge(TestIdentities.aCreditCode(), "示例逾期建设有限公司", "13600002222");
        String defaulter = TestIdentities.aCreditCode();
        IntakeCase decidedThenBroken = acceptedOnPledge(defaulter, "示例失信建设有限公司", "13600003333");
        String keptNumber = kept.number().value();
        String brokenNumber = broken.number().value();
        String decidedThenBrokenNumber = decidedThenBroken.number().value();

        // Promised limit 7 working days, less the margin of 2: five working days after Monday 11-02 is Monday 11-09;
        // the reminder goes out two working days before it, on Thursday 11-05.
        assertThat(kept.status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);
        assertThat(kept.pledge().supplementBy()).isEqualTo(LocalDate.parse("2026-11-09"));
        assertThat(kept.pledge().remindOn()).isEqualTo(LocalDate.parse("2026-11-05"));
        assertThat(kept.pledge().materials()).containsExactly("授权委托书及受托人身份证明");
        assertThat(task(keptNumber).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task(brokenNumber).status()).isEqualTo(TaskStatus.OPEN);

        // Review and decision do not wait for the pledged paper, but the result does.
        MovableClock.CLOCK.setDay("2026-11-04");
        reviewing.decide(task(keptNumber).id(), Opinion.CONSENT, "", REVIEWER, null);
        deciding.decide(keptNumber, ITEM, true, "", REVIEWER);
        assertThat(deliveries.find(keptNumber).status()).isEqualTo(DeliveryStatus.WITHHELD);
        reviewing.decide(task(decidedThenBrokenNumber).id(), Opinion.CONSENT, "", REVIEWER, null);
        deciding.decide(decidedThenBrokenNumber, ITEM, true, "", REVIEWER);
        assertThat(certificates.issuedFor(decidedThenBrokenNumber, ITEM)).isPresent();
        assertThat(certificates.validFor(defaulter, LocalDate.parse("2026-11-04"))).hasSize(1);
        assertThatThrownBy(() -> deliveries.readyForPickup(keptNumber, "clerk"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("delivery-withheld"));

        MovableClock.CLOCK.setDay("2026-11-05");
        IntakeTimerRuns.pledgeTimers(context);
        assertThat(notifications.about(keptNumber)).filteredOn(m -> m.kind().equals("pledge-reminder")).hasSize(1);
        assertThat(notifications.about(brokenNumber)).filteredOn(m -> m.kind().equals("pledge-reminder")).hasSize(1);

        // The last day: the deadline has not passed yet, and one company uploads its power of attorney online.
        MovableClock.CLOCK.setDay("2026-11-09");
        IntakeTimerRuns.pledgeTimers(context);
        assertThat(intake.find(brokenNumber).status()).isEqualTo(CaseStatus.ACCEPTED_ON_PLEDGE);
        String deferrable = kept.materials().stream().filter(m -> m.status() == MaterialStatus.PLEDGED).findFirst()
                .orElseThrow().key();
        var upload = files.store("授权委托书.pdf", new ByteArrayInputStream(
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 授权委托书\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        IntakeCase supplemented = supplements.supplement(keptNumber, deferrable, upload.id().toString(),
                new Act(keepersAccount, Channel.WEB, null));
        assertThat(supplemented.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(supplemented.pledge().kept()).isTrue();

        assertThat(deliveries.releaseIfPledgeKept(keptNumber, "clerk").status()).isEqualTo(DeliveryStatus.AWAITING_CHOICE);
        String tracking = "SF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        deliveries.ship(keptNumber, new Address("郑十四", "13600001111", "示例市开发区创业路 6 号"), "顺丰速运", tracking, "clerk");
        deliveries.track("sf", tracking, TrackingStatus.DELIVERED, null);
        IntakeCase done = intake.find(keptNumber);
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.visitCount()).isEqualTo(1);
        assertThat(certificates.issuedFor(keptNumber, ITEM)).isPresent();

        // The day after the deadline the broken pledge ends the case; the applicant is told by text message.
        MovableClock.CLOCK.setDay("2026-11-10");
        IntakeTimerRuns.pledgeTimers(context);
        IntakeCase ended = intake.find(brokenNumber);
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.closingNote()).contains("容缺承诺逾期未补交");
        assertThat(notifications.about(brokenNumber)).filteredOn(m -> m.kind().equals("terminated")).singleElement()
                .satisfies(m -> {
                    assertThat(m.body()).contains("2026-11-09").contains("已终止办理").contains(brokenNumber);
                    assertThat(m.maskedPhone()).isEqualTo("136****2222");
                });
        assertThat(intake.find(keptNumber).status()).isEqualTo(CaseStatus.COMPLETED);

        // A supplement that comes now is too late; the departments stop reviewing and nothing is decided.
        assertThatThrownBy(() -> supplements.supplement(brokenNumber, deferrable, upload.id().toString(),
                new Act("clerk", Channel.COUNTER, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("intake-wrong-state"));
        Await.until(() -> task(brokenNumber).status() == TaskStatus.CLOSED);
        assertThat(task(brokenNumber).status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(reviewing.inbox("ZRZY", REVIEWER, 500).tasks()).extracting(ReviewTask::caseNumber).doesNotContain(brokenNumber);
        assertThatThrownBy(() -> reviewing.decide(task(brokenNumber).id(), Opinion.CONSENT, "", REVIEWER, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-wrong-state"));
        assertThatThrownBy(() -> deciding.decide(brokenNumber, ITEM, true, "", REVIEWER))
                .satisfies(e -> assertThat(code(e)).isEqualTo("casework-case-closed"));
        assertThat(deciding.decisionsOf(brokenNumber)).isEmpty();
        assertThat(certificates.issuedFor(brokenNumber, ITEM)).isEmpty();

        // Decided before its deadline, but the pledge was never kept: the case ends all the same, and the
        // certificate the approval rested on is revoked, so it no longer serves as proof or for reuse.
        assertThat(intake.find(decidedThenBrokenNumber).status()).isEqualTo(CaseStatus.TERMINATED);
        Await.until(() -> certificates.issuedFor(decidedThenBrokenNumber, ITEM).orElseThrow().revocation() != null);
        assertThat(certificates.issuedFor(decidedThenBrokenNumber, ITEM).orElseThrow().revocation().reason())
                .startsWith("办件终止，审批决定撤销：").contains("容缺承诺逾期未补交");
        assertThat(certificates.validFor(defaulter, LocalDate.parse("2026-11-10"))).isEmpty();
    }
}
