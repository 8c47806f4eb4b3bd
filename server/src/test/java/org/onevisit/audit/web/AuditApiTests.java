package org.onevisit.audit.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onevisit.audit.AuditedChange;
import org.onevisit.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Supervisors and administrators read and verify the audit trail; nobody else does. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    private final String caseNumber = "W" + UUID.randomUUID();

    @Test
    void an_anonymous_caller_may_not_read_the_trail() throws Exception {
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
        mvc.perform(get("/api/v1/audit/records").param("subjectId", caseNumber))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void a_clerk_may_not_read_the_trail() throws Exception {
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/audit/records").param("subjectId", caseNumber))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void a_supervisor_verifies_the_chain() throws Exception {
        trail.append(change());
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.problems", hasSize(0)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_administrator_reads_the_masked_history_of_a_case() throws Exception {
        trail.append(change());
        mvc.perform(get("/api/v1/audit/records").param("subject", "case").param("subjectId", caseNumber))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].action").value("accept"))
                .andExpect(jsonPath("$[0].channel").value("WEB"))
                .andExpect(jsonPath("$[0].after.phone").value("138****1234"))
                .andExpect(jsonPath("$[0].hash").isString());
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void a_supervisor_verifies_a_range_of_entries() throws Exception {
        long seq = trail.append(change()).seq();
        mvc.perform(get("/api/v1/audit/verification").param("from", String.valueOf(seq)).param("to", String.valueOf(seq)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.recordsChecked").value(1));
        mvc.perform(get("/api/v1/audit/verification").param("from", "5").param("to", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit-range-invalid"));
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void the_history_needs_a_subject_id() throws Exception {
        mvc.perform(get("/api/v1/audit/records").param("subjectId", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void the_page_shows_a_case_history_and_an_intact_chain() throws Exception {
        trail.append(change());
        mvc.perform(get("/supervision/audit").param("subjectId", caseNumber).param("verify", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(caseNumber)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("138****1234")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("完整")));
        mvc.perform(get("/supervision/audit").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Verify the chain")));
    }

    @Test
    void the_page_asks_an_anonymous_visitor_to_log_in() throws Exception {
        mvc.perform(get("/supervision/audit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void the_page_is_refused_to_a_clerk() throws Exception {
        mvc.perform(get("/supervision/audit")).andExpect(status().isForbidden());
    }

    private AuditedChange change() {
        return new AuditedChange("case", caseNumber, "accept", "applicant1", "WEB", Map.of(),
                Map.of("phone", "13812341234", "status", "ACCEPTED"), Instant.parse("2026-03-02T01:30:00Z"));
    }
}
