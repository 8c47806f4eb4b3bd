package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Without {@code onevisit.replica.url} (the default) nothing changes: one data source, and no word of a replica. */
@SpringBootTest
@AutoConfigureMockMvc
class ReplicaOffTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService logins;

    @Test
    void the_dashboard_reads_the_primary_and_says_nothing_of_a_replica() throws Exception {
        assertThat(dataSource).isNotInstanceOf(ReplicaRouting.class);

        MockHttpServletResponse api = mvc.perform(get("/api/v1/supervision/dashboard")
                .with(user(logins.loadUserByUsername("supervisor")))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getHeader(ReplicaReads.HEADER)).isNull();
        String page = mvc.perform(get("/supervision/dashboard").with(user(logins.loadUserByUsername("supervisor"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("只读副本");
    }
}
