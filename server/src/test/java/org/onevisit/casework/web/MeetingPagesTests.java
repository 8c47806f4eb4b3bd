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
                .andExpect(content().string(allOf(containsString("会审与勘查安排"), containsString("href=\"/staff/meetings\""))));

        // the case is picked from the cases under review; its reviewing departments come ticked, by name
        mvc.perform(get("/staff/meetings").param("case", number).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"" + number + "\" selected=\"selected\""),
                        containsString("value=\"TRVA\" checked=\"checked\""), containsString("value=\"TRVB\" checked=\"checked\""),
                        containsString("测试部门TRVA"))));

        mvc.perform(post("/staff/meetings").with(coordinator()).with(csrf()).param("caseNumber", number)
                        .param("kind", "JOINT_INSPECTION").param("at", "2026-12-21T09:30").param("place", "项目现场东门")
                        .param("departments", "TRVA", "TRVB"))
                .andExpect(redirectedUrl("/staff/meetings"));

        String page = mvc.perform(get("/staff/meetings").with(coordinator()))
                .andExpect(content().string(allOf(containsString("2026年12月21日 星期一"), containsString("09:30"),
                        containsString("项目现场东门"), containsString(number), containsString("测试部门TRVA"),
                        containsString("测试部门TRVB"), containsString("出席 0，缺席 0，未登记 2"))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.substring(page.indexOf("meetings-upcoming"))).doesNotContain(">TRVA<");
    }

    @Test
    void the_coordinator_takes_the_roll_on_the_meetings_page_and_closes_it() throws Exception {
        String number = caseUnderReview();
        JointMeeting m = meetings.schedule(number, JointMeeting.Kind.JOINT_INSPECTION, Instant.parse("2026-12-21T01:30:00Z"),
                "项目现场", List.of("TRVA", "TRVB"), "coordinator");

        mvc.perform(get("/staff/meetings/{id}", m.id()).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("联合勘查"), containsString("测试部门TRVB"),
                        containsString("/staff/meetings/" + m.id() + "/attendance"))));
        mvc.perform(post("/staff/meetings/{id}/attendance", m.id()).with(coordinator()).with(csrf())
                        .param("department", "TRVA").param("attended", "true").param("opinion", "现场符合要求"))
                .andExpect(redirectedUrl("/staff/meetings/" + m.id()));
        mvc.perform(post("/staff/meetings/{id}/attendance", m.id()).with(coordinator()).with(csrf())
                        .param("department", "TRVB").param("attended", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择出席或缺席")));
        mvc.perform(post("/staff/meetings/{id}/attendance", m.id()).with(coordinator()).with(csrf())
                        .param("department", "NOPE").param("attended", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/meetings/{id}/attendance", m.id()).with(coordinator()).with(csrf())
                        .param("department", "TRVB").param("attended", "false").param("absenceReason", "另有公务"))
                .andExpect(redirectedUrl("/staff/meetings/" + m.id()));
        mvc.perform(post("/staff/meetings/{id}/closing", m.id()).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/staff/meetings/" + m.id()));

        mvc.perform(get("/staff/meetings/{id}", m.id()).with(coordinator()))
                .andExpect(content().string(allOf(containsString("现场符合要求"), containsString("缺席理由：另有公务"),
                        containsString("已结束"), containsString("出席 1，缺席 1，未登记 0"))));
        org.assertj.core.api.Assertions.assertThat(meetings.find(m.id()).closed()).isTrue();
        mvc.perform(get("/staff/meetings/{id}", 999_999L).with(coordinator())).andExpect(status().isNotFound());
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
                .andExpect(content().string(allOf(containsString("请勾选至少两个参加部门"),
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
