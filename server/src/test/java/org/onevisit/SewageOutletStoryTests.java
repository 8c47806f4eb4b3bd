package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.casework.MeetingMinutes;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.ReviewClock;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.certificates.HeldCertificate;
import org.onevisit.delivery.Address;
import org.onevisit.delivery.Deliveries;
import org.onevisit.delivery.TrackingStatus;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The reform's own story of a sewage outfall into a river (入河排污口设置一件事, YJS-RHPWK of the demo catalog),
 * handed in just before the 2026 Spring Festival: ecology and environment, water resources and natural resources
 * review in parallel; the centre's coordinator convenes one joint material review (联合会审) and one joint site
 * inspection (联合勘查) instead of serial visits; the outfall's feasibility report goes to an expert review
 * (专家评审) that stops the ecology bureau's clock; every deadline is counted on the published 2026 calendar
 * across the holiday and its make-up working Saturdays; then the pollutant discharge permit follows, and all
 * results go out by express. The reviewers are the story's own (the demo people have none in these departments);
 * the coordinator and the clerk are the demo ones.
 */
@SpringBootTest
@Import(MovableClock.class)
class SewageOutletStoryTests {

    private static final String BUNDLE = "YJS-RHPWK";
    private static final String OUTFALL = "XK-STHJ-005";
    private static final String RIVER_WORKS = "XK-SLJ-003";
    private static final String TEMPORARY_LAND = "XK-ZRZY-005";
    private static final String DISCHARGE_PERMIT = "XK-STHJ-003";
    private static final Map<String, String> REVIEWERS = Map.of(
            "STHJ", "story-sthj-reviewer", "SLJ", "story-slj-reviewer", "ZRZY", "story-zrzy-reviewer");

    @Autowired
    StaffAccounts staff;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    ReviewClock reviewClock;

    @Autowired
    JointMeetings meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    Deciding deciding;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    Deliveries deliveries;

    @AfterEach
    void the_clock_goes_back_to_the_test_day() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    private ReviewTask task(String number, String item, String department) {
        return reviewing.ofCase(number).stream().filter(t -> t.itemCode().equals(item) && t.department().equals(department))
                .findFirst().orElseThrow();
    }

    private ReviewTask answer(String number, String item, String department, Opinion opinion, String text) {
        return reviewing.decide(task(number, item, department).id(), opinion, text, REVIEWERS.get(department), null);
    }

    private static Instant beijing(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(MovableClock.CLOCK.getZone()).toInstant();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void joint_review_joint_inspection_and_an_expert_review_across_the_spring_festival() throws Exception {
        REVIEWERS.forEach((department, username) -> {
            if (staff.find(username).isEmpty()) {
                staff.open(new NewStaffMember(username, "审查员 " + department, department, Set.of(StaffRole.REVIEWER),
                        "review-pass-1"));
            }
        });
        String company = TestIdentities.aCreditCode();
        Map<String, MaterialStatus> all = intake.materialsOf(BUNDLE, true).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));

        // Tuesday 10 February 2026, the last week before the Spring Festival: handed in once, accepted at once.
        MovableClock.CLOCK.setDay("2026-02-10");
        IntakeCase c = intake.submit(new Submission(UUID.randomUUID().toString(), Channel.COUNTER, BUNDLE, true,
                new Applicant(true, company, "示例清源污水处理有限公司", "13900008888", "褚十六"), null, Map.of(), all, false,
                null), "clerk");
        String number = c.number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        assertThat(reviewing.ofCase(number)).hasSize(5);

        // Working days after Tue 02-10 on the 2026 calendar: 02-11, 02-12, 02-13, Sat 02-14 (make-up working day),
        // then the holiday 02-15 … 02-23, then 02-24 (5th), 02-25, 02-26, 02-27, Sat 02-28 (make-up, 9th),
        // Mon 03-02 (10th). So the ten-day reviews are due on 03-02 and temporary land use (5 days) on 02-24.
        assertThat(reviewing.ofCase(number))
                .extracting(ReviewTask::itemCode, ReviewTask::department, ReviewTask::status, t -> t.clock().deadline())
                .containsExactlyInAnyOrder(
                        tuple(OUTFALL, "STHJ", TaskStatus.OPEN, LocalDate.parse("2026-03-02")),
                        tuple(OUTFALL, "SLJ", TaskStatus.OPEN, LocalDate.parse("2026-03-02")),
                        tuple(RIVER_WORKS, "SLJ", TaskStatus.OPEN, LocalDate.parse("2026-03-02")),
                        tuple(TEMPORARY_LAND, "ZRZY", TaskStatus.OPEN, LocalDate.parse("2026-02-24")),
                        tuple(DISCHARGE_PERMIT, "STHJ", TaskStatus.WAITING, null));

        // The coordinator convenes the joint material review for Thursday and the joint inspection for Friday.
        JointMeeting review = meetings.schedule(number, JointMeeting.Kind.JOINT_REVIEW, beijing("2026-02-12T09:30"),
                "市民中心三楼联审室", List.of("STHJ", "SLJ", "ZRZY"), "coordinator");
        JointMeeting inspection = meetings.schedule(number, JointMeeting.Kind.JOINT_INSPECTION,
                beijing("2026-02-13T09:00"), "示例河东岸拟设排污口处", List.of("STHJ", "SLJ", "ZRZY"), "coordinator");
        assertThat(meetings.ofCase(number)).extracting(JointMeeting::kind)
                .containsExactly(JointMeeting.Kind.JOINT_REVIEW, JointMeeting.Kind.JOINT_INSPECTION);

        MovableClock.CLOCK.setDay("2026-02-12");
        meetings.record(review.id(), "STHJ", true, "论证报告对纳污能力的分析须经专家评审", "", REVIEWERS.get("STHJ"));
        meetings.record(review.id(), "SLJ", true, "工程建设方案基本可行，待现场核实行洪影响", "", REVIEWERS.get("SLJ"));
        meetings.record(review.id(), "ZRZY", true, "临时用地范围待现场核实", "", REVIEWERS.get("ZRZY"));
        assertThat(meetings.close(review.id(), "coordinator").participants())
                .extracting(JointMeeting.Participant::department, JointMeeting.Participant::attended)
                .containsExactly(tuple("SLJ", true), tuple("STHJ", true), tuple("ZRZY", true));
        assertThat(text(minutes.of(review.id()))).contains("联合会审纪要").contains("论证报告对纳污能力的分析须经专家评审")
                .contains("市民中心三楼联审室");
        ReviewTask suspended = reviewClock.suspend(task(number, OUTFALL, "STHJ").id(), SpecialProcedureKind.EXPERT_REVIEW,
                "组织专家评审入河排污口设置论证报告", REVIEWERS.get("STHJ"));
        assertThat(suspended.status()).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(suspended.clock().suspensionReason()).isEqualTo("EXPERT_REVIEW");

        MovableClock.CLOCK.setDay("2026-02-13");
        meetings.record(inspection.id(), "STHJ", true, "排口位置避开饮用水水源保护区", "", REVIEWERS.get("STHJ"));
        meetings.record(inspection.id(), "SLJ", true, "不影响行洪，同意设置", "", REVIEWERS.get("SLJ"));
        meetings.record(inspection.id(), "ZRZY", true, "临时用地范围与申请一致", "", REVIEWERS.get("ZRZY"));
        meetings.close(inspection.id(), "coordinator");
        assertThat(text(minutes.of(inspection.id()))).contains("联合勘查纪要").contains("不影响行洪，同意设置");
        answer(number, OUTFALL, "SLJ", Opinion.CONSENT, "");
        answer(number, RIVER_WORKS, "SLJ", Opinion.CONSENT, "");
        answer(number, TEMPORARY_LAND, "ZRZY", Opinion.CONSENT_WITH_CONDITIONS, "临时用地期限不超过两年，期满恢复原状");

        // The experts report on Thursday 02-26. The clock stood still on the working days after 02-12 up to 02-26:
        // 02-13, Sat 02-14, 02-24, 02-25, 02-26 — five; the holiday in between was never counted. Five working days
        // after 03-02 are 03-03, 03-04, 03-05, 03-06 and Mon 03-09.
        MovableClock.CLOCK.setDay("2026-02-26");
        ReviewTask resumed = reviewClock.resume(task(number, OUTFALL, "STHJ").id(), REVIEWERS.get("STHJ"));
        assertThat(resumed.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(resumed.clock().suspendedDays()).isEqualTo(5);
        assertThat(resumed.clock().deadline()).isEqualTo(LocalDate.parse("2026-03-09"));

        // Tuesday 03-03, past the first deadline but within the one the suspension moved: the last opinion is in,
        // and the discharge permit's review opens, due ten working days later on Tuesday 03-17.
        MovableClock.CLOCK.setDay("2026-03-03");
        answer(number, OUTFALL, "STHJ", Opinion.CONSENT, "");
        assertThat(task(number, DISCHARGE_PERMIT, "STHJ")).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(t.clock().openedOn()).isEqualTo(LocalDate.parse("2026-03-03"));
            assertThat(t.clock().deadline()).isEqualTo(LocalDate.parse("2026-03-17"));
        });
        deciding.decide(number, OUTFALL, true, "", REVIEWERS.get("STHJ"));
        deciding.decide(number, RIVER_WORKS, true, "", REVIEWERS.get("SLJ"));
        deciding.decide(number, TEMPORARY_LAND, true, "临时用地期限不超过两年", REVIEWERS.get("ZRZY"));

        MovableClock.CLOCK.setDay("2026-03-05");
        answer(number, DISCHARGE_PERMIT, "STHJ", Opinion.CONSENT, "");
        deciding.decide(number, DISCHARGE_PERMIT, true, "", REVIEWERS.get("STHJ"));
        assertThat(certificates.validFor(company, LocalDate.parse("2026-03-05"))).extracting(HeldCertificate::type)
                .containsExactly("排污许可证");

        String tracking = "EMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        deliveries.ship(number, new Address("褚十六", "13900008888", "示例市滨河路 1 号"), "中国邮政EMS", tracking, "clerk");
        deliveries.track("ems", tracking, TrackingStatus.DELIVERED, null);
        IntakeCase done = intake.find(number);
        assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.visitCount()).isEqualTo(1);
    }
}
