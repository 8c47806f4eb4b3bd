package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.StaffAccounts;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 联合勘查 instead of serial visits: one inspection, each department's opinion, absence deemed consent, minutes. */
@SpringBootTest
class JointMeetingTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    JointMeetings meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Test
    void a_department_absent_from_a_joint_inspection_without_reason_is_deemed_to_consent() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        JointMeeting m = meetings.schedule(number, JointMeeting.Kind.JOINT_INSPECTION, Instant.parse("2026-10-21T01:30:00Z"),
                "示例河东岸拟设排污口现场", List.of("TRVA", "TRVB"), "coordinator");

        meetings.record(m.id(), "TRVA", true, "现场条件符合设置要求", "", "reviewer-trva");
        JointMeeting closed = meetings.close(m.id(), "coordinator");

        assertThat(closed.closed()).isTrue();
        assertThat(reviewing.ofCase(number)).filteredOn(t -> t.department().equals("TRVB")).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DEEMED_CONSENT));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(minutes.of(m.id()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("联合勘查纪要").contains("现场条件符合设置要求").contains("缺席（视为同意）")
                    .contains("周洁（中心协调）", "测试部门TRVA").doesNotContain("coordinator");
        }
        assertThatThrownBy(() -> meetings.record(m.id(), "TRVB", true, "补充意见", "", "reviewer-trvb"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-meeting-closed"));
    }

    @Test
    void a_meeting_is_set_for_a_time_to_come_and_each_department_speaks_for_itself() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        // the test clock stands at Monday 2026-10-19 09:00 in Beijing
        assertThatThrownBy(() -> meetings.schedule(number, JointMeeting.Kind.JOINT_REVIEW, Instant.parse("2026-10-19T00:30:00Z"),
                "三楼会议室", List.of("TRVA", "TRVB"), "coordinator"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-meeting-in-past"));
        JointMeeting m = meetings.schedule(number, JointMeeting.Kind.JOINT_REVIEW, Instant.parse("2026-10-19T02:00:00Z"),
                "三楼会议室", List.of("TRVA", "TRVB"), "coordinator");

        assertThatThrownBy(() -> meetings.record(m.id(), "TRVB", true, "同意", "", "reviewer-trva"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-meeting-not-your-department"));
        meetings.record(m.id(), "TRVA", true, "同意", "", "reviewer-trva");
        JointMeeting rollTaken = meetings.record(m.id(), "TRVB", false, "", "另有公务", "coordinator");
        assertThat(rollTaken.participants()).extracting(JointMeeting.Participant::attended).containsExactly(true, false);
    }

    @Test
    void a_joint_meeting_brings_at_least_two_departments() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        assertThatThrownBy(() -> meetings.schedule(number, JointMeeting.Kind.JOINT_REVIEW, Instant.parse("2026-10-21T01:30:00Z"),
                "三楼会议室", List.of("TRVA"), "coordinator"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-meeting-too-small"));
    }

    @Autowired
    Consultations consultations;

    @Test
    void a_consultation_asks_other_departments_and_keeps_their_replies_on_the_case() throws Exception {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        Consultations.Consultation asked = consultations.ask(number, "排水口位置是否在河道管理范围内？",
                java.time.LocalDate.parse("2026-10-21"), List.of("TRVB"), CaseworkFixtures.CHIEF);
        consultations.reply(asked.id(), "在管理范围内，需同步办理河道管理范围内建设项目审批", "reviewer-trvb");

        assertThat(consultations.ofCase(number)).singleElement().satisfies(c -> {
            assertThat(c.fromDepartment()).isEqualTo("TRVA");
            assertThat(c.replies()).singleElement().satisfies(r -> assertThat(r.repliedBy()).isEqualTo("reviewer-trvb"));
        });
        assertThatThrownBy(() -> consultations.reply(asked.id(), "再答一次", "reviewer-trvb"))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("casework-consultation-replied"));
    }
}
