package org.onevisit.catalog.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CounterApiTests {

    private static final String PASSWORD = "demo1234";

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_reads_the_counters_and_an_administrator_adds_one() throws Exception {
        String number = "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        mvc.perform(post("/api/v1/counters").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"number":"%s","name":"测试综合窗口","kind":"COMPREHENSIVE"}""".formatted(number.toLowerCase())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.kind").value("COMPREHENSIVE"));
        mvc.perform(get("/api/v1/counters"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].number", hasItem(number)))
                .andExpect(jsonPath("$[*].number", hasItem("A01")));
        mvc.perform(post("/api/v1/counters").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"number":"%s","name":"重复","kind":"COMPREHENSIVE"}""".formatted(number)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("counter-number-taken"));
    }

    @Test
    void a_bad_counter_is_refused_in_the_callers_language() throws Exception {
        mvc.perform(post("/api/v1/counters").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("""
                        {"number":"D%d","name":"部门窗口","kind":"DEPARTMENT"}""".formatted(
                        ThreadLocalRandom.current().nextInt(100_000, 1_000_000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter-department-missing"))
                .andExpect(jsonPath("$.detail").value("A department counter must belong to a department."));
        mvc.perform(post("/api/v1/counters").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"a b\",\"name\":\"x\",\"kind\":\"COMPREHENSIVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("counter-number-format"));
        mvc.perform(post("/api/v1/counters").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"X1\",\"name\":\"x\",\"kind\":\"NO_SUCH_KIND\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/counters").with(httpBasic("clerk", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"X2\",\"name\":\"x\",\"kind\":\"COMPREHENSIVE\"}"))
                .andExpect(status().isForbidden());
    }
}
