package org.onevisit.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onevisit.calendar.WorkCalendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator adds a year when its notice is published, enters its days and publishes it. Each test
 * works on its own far-future year, so the shared database and the seeded years stay untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdminApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkCalendars calendars;

    private int year;

    @org.junit.jupiter.api.BeforeEach
    void pickAYearNobodyEntered() {
        year = FreshYears.pick(calendars);
    }

    @Test
    void an_anonymous_caller_may_not_change_the_calendar() throws Exception {
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(year)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void a_clerk_may_not_change_the_calendar() throws Exception {
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(year)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(delete("/api/v1/calendar/years/2026/days/2026-10-01").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_administrator_adds_a_year_enters_its_days_and_publishes_it() throws Exception {
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(year)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/calendar/years/" + year))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0));
        String newYear = year + "-01-01";
        putDay(newYear, "HOLIDAY", "元旦", 0).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        assertThat(calendars.current().describe(java.time.LocalDate.parse(newYear)))
                .as("a draft does not count yet").satisfies(day -> {
                    assertThat(day.holidayName()).isNull();
                    assertThat(day.provisional()).isTrue();
                });

        mvc.perform(post("/api/v1/calendar/years/{year}/publication", year).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        assertThat(calendars.current().isWorkingDay(java.time.LocalDate.parse(newYear))).isFalse();
        assertThat(calendars.current().describe(java.time.LocalDate.parse(newYear)).holidayName()).isEqualTo("元旦");

        mvc.perform(delete("/api/v1/calendar/years/{year}/days/{date}", year, newYear).param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(0));
        assertThat(calendars.current().describe(java.time.LocalDate.parse(newYear)).holidayName()).isNull();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_change_based_on_an_old_version_is_refused_so_nobody_overwrites_anybody() throws Exception {
        create(year);
        putDay(year + "-05-01", "HOLIDAY", "劳动节", 0).andExpect(status().isOk());
        putDay(year + "-05-02", "HOLIDAY", "劳动节", 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("calendar-version-stale"))
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_year_is_added_once() throws Exception {
        create(year);
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(year)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("calendar-year-exists"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_make_up_working_day_on_a_weekday_is_refused_with_a_clear_message() throws Exception {
        create(year);
        String weekday = firstWeekday(year);
        putDay(weekday, "MAKE_UP_WORKING_DAY", "春节", 0)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("calendar-make-up-on-weekday"))
                .andExpect(jsonPath("$.detail").value(weekday + " 是周一至周五，本就是工作日，不能设为调休上班日。"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_day_outside_the_year_is_refused() throws Exception {
        create(year);
        mvc.perform(put("/api/v1/calendar/years/{year}/days/{date}", year, (year + 1) + "-01-01")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"HOLIDAY\",\"name\":\"元旦\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("calendar-day-outside-year"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_day_without_a_name_is_a_bad_request_naming_the_field() throws Exception {
        create(year);
        putDay(year + "-05-01", "HOLIDAY", " ", 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_year_out_of_range_is_a_bad_request() throws Exception {
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(1999)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar-year-out-of-range"));
    }

    @Test
    void the_new_year_is_readable_by_everyone() throws Exception {
        mvc.perform(get("/api/v1/calendar/years/2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noticeReference").value("国办发明电〔2024〕12号"))
                .andExpect(jsonPath("$.noticePublished").value("2024-11-12"));
    }

    private void create(int year) throws Exception {
        mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(addYear(year)))
                .andExpect(status().isCreated());
    }

    private org.springframework.test.web.servlet.ResultActions putDay(String date, String kind, String name, long version)
            throws Exception {
        return mvc.perform(put("/api/v1/calendar/years/{year}/days/{date}", year, date).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"version\":" + version + "}"));
    }

    private static String addYear(int year) {
        return "{\"year\":" + year + ",\"noticeTitle\":\"国务院办公厅关于" + year + "年部分节假日安排的通知\","
                + "\"noticeReference\":\"国办发明电〔" + (year - 1) + "〕1号\",\"noticePublished\":\"" + (year - 1) + "-11-01\"}";
    }

    private static String firstWeekday(int year) {
        java.time.LocalDate d = java.time.LocalDate.of(year, 3, 2);
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d.toString();
    }
}
