package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Supervisors download the signed checkpoints to keep them outside the centre, see the newest one on the audit page,
 * and read there, in their language, that a trail was rewritten. Nobody else downloads them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditCheckpointApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    JdbcClient jdbc;

    private final String caseNumber = "E" + UUID.randomUUID();

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void a_supervisor_downloads_the_signed_checkpoints_one_line_each() throws Exception {
        trail.append(change("submit"));
        AuditCheckpoint signed = checkpoints.checkpoint().orElseThrow();

        String export = mvc.perform(get("/api/v1/audit/checkpoints"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/x-ndjson")))
                .andExpect(header().string("Content-Disposition", containsString("audit-checkpoints.jsonl")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.lines()).contains(signed.line()).allMatch(line -> line.startsWith("{\"seq\":"));

        String after = mvc.perform(get("/api/v1/audit/checkpoints").param("after", String.valueOf(signed.seq() - 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after.lines()).containsExactly(signed.line());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_negative_starting_seq_is_a_problem() throws Exception {
        mvc.perform(get("/api/v1/audit/checkpoints").param("after", "-1").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    @Test
    @WithMockUser(roles = "CLERK")
    void a_clerk_may_not_download_the_checkpoints() throws Exception {
        mvc.perform(get("/api/v1/audit/checkpoints")).andExpect(status().isForbidden());
    }

    @Test
    void an_anonymous_caller_may_not_download_the_checkpoints() throws Exception {
        mvc.perform(get("/api/v1/audit/checkpoints")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "SUPERVISOR")
    void the_audit_page_offers_the_checkpoints_and_names_a_rewritten_trail_in_chinese_and_in_english() throws Exception {
        trail.append(change("submit"));
        checkpoints.checkpoint().orElseThrow();
        long last = trail.append(change("accept")).seq();
        AuditCheckpoint signed = checkpoints.checkpoint().orElseThrow();

        mvc.perform(get("/supervision/audit"))
                .andExpect(content().string(containsString("下载签名检查点")))
                .andExpect(content().string(containsString("/api/v1/audit/checkpoints")))
                .andExpect(content().string(containsString("最近签名检查点：序号 " + signed.seq())));
        try (var saved = Tampering.keep(jdbc, last)) {
            Tampering.rewrite(jdbc, last, "{\"status\":\"REFUSED\"}");

            mvc.perform(get("/supervision/audit").param("verify", "true"))
                    .andExpect(content().string(containsString("记录被改写")))
                    .andExpect(content().string(containsString("签名检查点")));
            mvc.perform(get("/supervision/audit").param("verify", "true").param("lang", "en"))
                    .andExpect(content().string(containsString("Rewritten")))
                    .andExpect(content().string(containsString("checked against")));
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    private AuditedChange change(String action) {
        return new AuditedChange("case", caseNumber, action, "clerk1", "COUNTER", Map.of(), Map.of("status", action),
                Instant.parse("2026-03-02T01:30:00Z"));
    }
}
