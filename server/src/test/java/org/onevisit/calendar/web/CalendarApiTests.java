package org.onevisit.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public calendar API against the seeded 2025 and 2026 arrangements. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void one_working_day_after_the_eve_of_national_day_2026_is_the_8th_of_october() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-08"))
                .andExpect(jsonPath("$.from").value("2026-09-30"))
                .andExpect(jsonPath("$.workingDays").value(1))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.note").value(containsString("工作日")));
    }

    @Test
    void a_calendar_day_limit_landing_on_a_holiday_moves_to_the_next_working_day() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-08-07").param("calendarDays", "60"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-08"))
                .andExpect(jsonPath("$.calendarDays").value(60));
    }

    @Test
    void suspensions_stop_the_clock() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-06").param("workingDays", "10")
                        .param("suspension", "2026-03-16/2026-03-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-03-27"))
                .andExpect(jsonPath("$.suspensions[0].first").value("2026-03-16"));
    }

    @Test
    void a_deadline_reaching_into_an_unpublished_year_says_it_is_provisional() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2998-12-20").param("workingDays", "20")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.unpublishedYears", hasItem(2999)))
                .andExpect(jsonPath("$.note").value(containsString("provisional")));
    }

    @Test
    void a_holiday_is_not_a_working_day_and_says_which_holiday() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-02-17"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.reason").value("HOLIDAY"))
                .andExpect(jsonPath("$.holidayName").value("春节"))
                .andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "2026-10-10"))
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.reason").value("MAKE_UP_WORKING_DAY"));
    }

    @Test
    void working_days_between_two_days_are_counted() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30").param("to", "2026-10-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(4));
    }

    @Test
    void the_published_years_are_listed_with_their_notice() throws Exception {
        mvc.perform(get("/api/v1/calendar/years"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2025)].noticeReference").value(hasItem("国办发明电〔2024〕12号")))
                .andExpect(jsonPath("$[?(@.year == 2026)].status").value(hasItem("PUBLISHED")));
        mvc.perform(get("/api/v1/calendar/years/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[?(@.date == '2026-02-14')].kind").value(hasItem("MAKE_UP_WORKING_DAY")))
                .andExpect(jsonPath("$.days.length()").value(39));
    }

    @Test
    void an_unknown_year_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2998"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("calendar-year-not-found"));
    }

    @Test
    void a_malformed_date_is_a_bad_request_naming_the_parameter_in_chinese() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-13-01").param("workingDays", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-date-invalid"))
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.detail").value(containsString("参数“from”")));
    }

    @Test
    void a_malformed_date_is_explained_in_english_on_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-day").param("date", "tomorrow").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"))
                .andExpect(jsonPath("$.detail").value(containsString("Parameter \"date\" must be a valid date")));
    }

    @Test
    void a_negative_limit_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02").param("workingDays", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-days-out-of-range"))
                .andExpect(jsonPath("$.field").value("workingDays"));
    }

    @Test
    void an_absurdly_long_limit_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02").param("calendarDays", "3651"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("calendarDays"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02").param("workingDays", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("workingDays"));
    }

    @Test
    void both_or_neither_kind_of_limit_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02").param("workingDays", "5")
                        .param("calendarDays", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-limit-choice"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-limit-choice"));
    }

    @Test
    void a_missing_start_day_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("workingDays", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-parameter-missing"))
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void a_range_ending_before_it_starts_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-03-10").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-range-reversed"))
                .andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void a_malformed_suspension_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-03-02").param("workingDays", "5")
                        .param("suspension", "2026-03-10/2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-suspension-invalid"))
                .andExpect(jsonPath("$.field").value("suspension"));
    }

    @Test
    void the_calendar_api_is_documented() throws Exception {
        mvc.perform(get("/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/calendar/deadline")));
    }

    @Test
    void a_date_far_out_of_range_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "1066-10-14").param("workingDays", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-date-out-of-range"));
    }
}
