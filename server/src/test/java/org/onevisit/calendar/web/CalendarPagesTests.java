package org.onevisit.calendar.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar page and the administrator's page. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.onevisit.calendar.WorkCalendars calendars;

    @Test
    void the_calendar_page_shows_a_year_with_its_holidays_and_make_up_working_days() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("工作日历"),
                        containsString("国务院办公厅关于2026年部分节假日安排的通知"),
                        containsString("<td class=\"cal-holiday\" title=\"春节\" data-date=\"2026-02-16\">"),
                        containsString("<td class=\"cal-makeup\" title=\"春节\" data-date=\"2026-02-14\">"),
                        containsString(">班</small>"),
                        containsString("10月"))));
    }

    @Test
    void a_year_without_a_published_arrangement_says_deadlines_are_provisional() throws Exception {
        mvc.perform(get("/calendar").param("year", "2999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2999年的节假日安排尚未公布")));
    }

    @Test
    void the_calculator_answers_on_the_page() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("from", "2026-09-30").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong class=\"deadline\">2026-10-08</strong>")));
    }

    @Test
    void the_calculator_shows_a_bad_input_as_a_message_not_an_error_page() throws Exception {
        mvc.perform(get("/calendar").param("from", "2026-02-30").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("参数“from”应为 YYYY-MM-DD 格式的有效日期")));
        mvc.perform(get("/calendar").param("year", "20x6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("参数“year”应为整数")));
    }

    @Test
    void the_calendar_page_speaks_english_on_request() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Working-day calendar"), containsString("Make-up working day"))));
    }

    @Test
    void the_administration_page_needs_an_administrator() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void a_clerk_may_not_see_the_administration_page() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_administrator_adds_a_year_and_a_day_and_sees_a_refusal_on_the_page() throws Exception {
        int year = FreshYears.pick(calendars);
        mvc.perform(get("/admin/calendar").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("国办发明电〔2024〕12号"), containsString("2026-10-10"))));

        mvc.perform(post("/admin/calendar/years").with(csrf()).param("year", String.valueOf(year))
                        .param("noticeTitle", "国务院办公厅关于" + year + "年部分节假日安排的通知").param("noticePublished", ""))
                .andExpect(redirectedUrl("/admin/calendar?year=" + year))
                .andExpect(flash().attribute("done", true));

        mvc.perform(post("/admin/calendar/{year}/days", year).with(csrf()).param("date", year + "-05-01")
                        .param("kind", "HOLIDAY").param("name", "劳动节").param("version", "0"))
                .andExpect(flash().attribute("done", true));
        mvc.perform(get("/admin/calendar").param("year", String.valueOf(year)))
                .andExpect(content().string(allOf(containsString(year + "-05-01"), containsString("劳动节"))));

        mvc.perform(post("/admin/calendar/{year}/days", year).with(csrf()).param("date", year + "-05-02")
                        .param("kind", "HOLIDAY").param("name", "劳动节").param("version", "0"))
                .andExpect(redirectedUrl("/admin/calendar?year=" + year))
                .andExpect(flash().attribute("error", containsString("已被他人修改")));

        mvc.perform(post("/admin/calendar/{year}/days", year).with(csrf()).param("date", (year + 1) + "-01-01")
                        .param("kind", "HOLIDAY").param("name", "元旦").param("version", "1"))
                .andExpect(flash().attribute("error", containsString("不属于" + year + "年")));

        mvc.perform(post("/admin/calendar/years").with(csrf()).param("year", "abc").param("noticeTitle", "x"))
                .andExpect(redirectedUrl("/admin/calendar"))
                .andExpect(flash().attribute("error", not(containsString("error."))));
    }
}
