package org.onevisit.casework.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.CaseworkFixtures;
import org.onevisit.casework.JointMeeting;
import org.onevisit.casework.JointMeetings;
import org.onevisit.casework.Reviewing;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's schedule page: joint reviews and inspections ahead and held, with attendance; convening a new
 * one for a case, every mistake told on the page.
 */
@SpringBootTest
@org.springframework.context.annotation.Import(org.onevisit.MovableClock.class)
@AutoConfigureMockMvc
class MeetingPagesTests {

    @org.junit.jupiter.api.AfterEach
    void the_clock_goes_back_to_the_test_day() {
        org.onevisit.MovableClock.CLOCK.setDay("2026-10-19");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    JointMeetings meetings;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Reviewing reviewing;

    private static RequestPostProcessor coordinator() {
        return user("coordinator").roles("COORDINATOR");
    }

    private String caseUnderReview() throws InterruptedException {
        CaseworkFixtures.load(catalog, staff);
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();
        return number;
    }

    @Test
    void the_coordinator_schedules_a_joint_inspection_and_sees_it_ahead_with_its_departments() throws Exception {
        String number = caseUnderReview();

        mvc.perform(get("/staff/meetings").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("会审与勘查安排"), containsString("href=\"/staff/meetings\""),
                        containsString("href=\"/staff/deliveries\""))));

        mvc.perform(post("/staff/meetings").with(coordinator()).with(csrf()).param("caseNumber", number)
                        .param("kind", "JOINT_INSPECTION").param("at", "2026-12-21T09:30").param("place", "项目现场东门")
                        .param("departments", "TRVA、TRVB"))
                .andExpect(redirectedUrl("/staff/meetings"));

        mvc.perform(get("/staff/meetings").with(coordinator()))
                .andExpect(content().string(allOf(containsString("2026-12-21 09:30"), containsString("项目现场东门"),
                        containsString(number), containsString("出席 0，缺席 0，未登记 2"))));
    }

    @Test
    void a_meeting_held_is_listed_with_who_attended() throws Exception {
        String number = caseUnderReview();
        JointMeeting held = meetings.schedule(number, JointMeeting.Kind.JOINT_REVIEW, Instant.parse("2026-10-20T02:00:00Z"),
                "三楼会审室" + number, List.of("TRVA", "TRVB"), "coordinator");
        meetings.record(held.id(), "TRVA", true, "同意", "", "reviewer-trva");
        meetings.record(held.id(), "TRVB", false, "", "另有公务", "reviewer-trvb");
        org.onevisit.MovableClock.CLOCK.setDay("2026-10-21");

        mvc.perform(get("/staff/meetings").param("lang", "en").with(coordinator()))
                .andExpect(content().string(allOf(containsString("Held"), containsString("三楼会审室" + number),
                        containsString("present 1, absent 1, not recorded 0"))));
    }

    @Test
    void every_mistake_is_told_on_the_page_with_the_input_kept() throws Exception {
        String number = caseUnderReview();

        mvc.perform(post("/staff/meetings").with(coordinator()).with(csrf()).param("caseNumber", number)
                        .param("kind", "JOINT_REVIEW").param("at", "2026-12-21T09:30").param("place", "三楼会审室")
                        .param("departments", "TRVA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写至少两个参加部门的编码"),
                        containsString("value=\"三楼会审室\""))));
        mvc.perform(post("/staff/meetings").with(coordinator()).with(csrf()).param("caseNumber", number)
                        .param("kind", "JOINT_REVIEW").param("at", "明天上午").param("place", "三楼会审室")
                        .param("departments", "TRVA,TRVB").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the meeting time")));
        mvc.perform(post("/staff/meetings").with(coordinator()).with(csrf()).param("caseNumber", "NO-SUCH-CASE")
                        .param("kind", "JOINT_REVIEW").param("at", "2026-12-21T09:30").param("place", "三楼会审室")
                        .param("departments", "TRVA,TRVB"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("办件 NO-SUCH-CASE 尚未进入部门审查")));
    }

    @Test
    void only_the_coordinator_schedules() throws Exception {
        mvc.perform(get("/staff/meetings").with(user("reviewer-trva").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/meetings").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/meetings").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk());
    }
}
