package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onevisit.MovableClock;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.casework.LegalTimeLimit;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.notification.Notifications;
import org.onevisit.people.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One rule for the case's legal limit and its extension (《行政许可法》第四十二条): a single authority has the
 * item's limit and ten more days on its head's approval; departments handling a case jointly (第二十六条) have
 * forty-five days in all and fifteen more on the government head's approval. Counted across the 2026 National Day
 * holiday and its make-up Saturday.
 */
@SpringBootTest
@Import(MovableClock.class)
class JointHandlingTests {

    /** Reviewed by TRVA alone. */
    private static final String SINGLE = "XK-TRVA-002";

    @Autowired
    Intake intake;

    @Autowired
    CaseHandling handling;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    ReviewClock reviewClock;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Notifications notifications;

    private IntakeCase accepted(String item) {
        IntakeCase c = intake.submit(aCase().of(item).withApplicant(aPerson().named("钱十五").withPhone("13300005555"))
                .providing("M1", "M2").build(), "clerk");
        return decisions.accept(c.number().value(), new CounterDecisions.Act("clerk", Channel.COUNTER, null));
    }

    private ReviewTask openTask(String number, String department) throws InterruptedException {
        return reviewing.ofCase(number).stream()
                .filter(t -> t.department().equals(department) && t.status() == TaskStatus.OPEN).findFirst()
                .orElseThrow(() -> new AssertionError("no open task of " + department + " in " + number));
    }

    @Test
    void an_item_reviewed_by_two_departments_has_forty_five_working_days_and_fifteen_more_on_the_government_heads_approval()
            throws Exception {
        CaseworkFixtures.load(catalog, staff);
        MovableClock.CLOCK.setDay("2026-09-29");
        IntakeCase c = accepted(CaseworkFixtures.ITEM);

        LegalTimeLimit rule = handling.find(c.number().value()).orElseThrow().facts().legalTimeLimit(LegalTimeLimit.Rule.LAW);
        assertThat(rule.joint()).isTrue();
        assertThat(rule.limit().days()).isEqualTo(45);
        assertThat(rule.approver()).isEqualTo(LegalTimeLimit.Approver.HEAD_OF_GOVERNMENT);
        // From Tuesday 09-29: 09-30, the holiday 10-01…10-07 skipped, the make-up Saturday 10-10 counted; the 45th
        // working day is Monday 12-07.
        assertThat(c.answer().deadlines().legal()).isEqualTo(LocalDate.parse("2026-12-07"));

        ReviewTask trvb = openTask(c.number().value(), "TRVB");
        assertThat(trvb.clock().deadline()).isEqualTo(LocalDate.parse("2026-10-19"));
        ReviewTask extended = reviewClock.extend(trvb.id(), "副市长陈某", "需补充水文论证", "reviewer-trvb");
        // Fifteen working days after Monday 10-19.
        assertThat(extended.clock().deadline()).isEqualTo(LocalDate.parse("2026-11-09"));
        assertThat(extended.clock().extensionDays()).isEqualTo(15);
        assertThat(extended.clock().extensionNote()).isEqualTo("经本级人民政府负责人副市长陈某批准：需补充水文论证");
        assertThat(notifications.about(c.number().value())).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo("review-extended");
            assertThat(m.body()).contains("延长15个工作日至2026-11-09", "需补充水文论证");
        });
        // The case's legal deadline moves with the first approval, fifteen working days after Monday 12-07, and only
        // once: a second department's extension moves its own review, not the case again.
        IntakeCase moved = intake.find(c.number().value());
        assertThat(moved.answer().deadlines().legal()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(moved.answer().deadlines().extensionNote()).isEqualTo("经本级人民政府负责人副市长陈某批准：需补充水文论证");
        reviewClock.extend(openTask(c.number().value(), "TRVA").id(), "副市长陈某", "需补充防洪评价", "reviewer-trva");
        assertThat(intake.find(c.number().value()).answer().deadlines().legal())
                .isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void an_item_of_one_authority_keeps_its_own_limit_and_ten_more_days_on_its_heads_approval() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String yaml = "format: onevisit-catalog/1\nitems:\n"
                + TestCatalogs.item(SINGLE, "单一部门测试许可", "ADMINISTRATIVE_LICENCE", "TRVA", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        MovableClock.CLOCK.setDay("2026-09-29");
        IntakeCase c = accepted(SINGLE);

        LegalTimeLimit rule = handling.find(c.number().value()).orElseThrow().facts().legalTimeLimit(LegalTimeLimit.Rule.LAW);
        assertThat(rule.joint()).isFalse();
        assertThat(rule.limit().days()).isEqualTo(20);
        assertThat(rule.extensionDays()).isEqualTo(10);
        // The 20th working day from 09-29 across the holiday and the make-up Saturday 10-10.
        assertThat(c.answer().deadlines().legal()).isEqualTo(LocalDate.parse("2026-11-02"));

        ReviewTask trva = openTask(c.number().value(), "TRVA");
        ReviewTask extended = reviewClock.extend(trva.id(), "局长李某", "需组织现场核查", "reviewer-trva");
        assertThat(extended.clock().deadline()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(extended.clock().extensionNote()).isEqualTo("经本机关负责人局长李某批准：需组织现场核查");
        assertThat(extended.clock().extensionDays()).isEqualTo(10);
        // Ten working days after Monday 11-02.
        assertThat(intake.find(c.number().value()).answer().deadlines().legal())
                .isEqualTo(LocalDate.parse("2026-11-16"));
    }
}
