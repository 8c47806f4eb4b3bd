package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevisit.OwnDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two nodes of the centre on one database: an official disabled by an administrator on one node is refused at their
 * next request on the other, with the session they opened there before and with HTTP Basic, and comes back once
 * enabled again. No node keeps an account in memory.
 */
class DisabledOnEveryNodeTests {

    private static final String PASSWORD = "node-pass-2026";

    @TempDir
    Path folder;

    @Test
    void an_official_disabled_on_one_node_is_refused_at_their_next_request_on_the_other() throws Exception {
        try (OwnDatabase db = OwnDatabase.create();
                ConfigurableApplicationContext one = db.start(folder.resolve("keys"));
                ConfigurableApplicationContext other = db.start(folder.resolve("keys"))) {
            StaffAccounts accounts = one.getBean(StaffAccounts.class);
            accounts.open(new NewStaffMember("node-admin", "节点管理员", null, Set.of(StaffRole.ADMIN), PASSWORD), true);
            accounts.open(new NewStaffMember("node-clerk", "节点受理员", null, Set.of(StaffRole.CLERK), PASSWORD), true);
            MockMvc first = mvc(one);
            MockMvc second = mvc(other);

            MockHttpSession session = (MockHttpSession) second.perform(formLogin().user("node-clerk").password(PASSWORD))
                    .andReturn().getRequest().getSession(false);
            second.perform(get("/staff").session(session)).andExpect(status().isOk());
            second.perform(get("/api/v1/staff/node-clerk/delegations").with(httpBasic("node-clerk", PASSWORD)))
                    .andExpect(status().isOk());

            first.perform(post("/api/v1/staff/node-clerk/disable").with(httpBasic("node-admin", PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

            second.perform(get("/staff").session(session)).andExpect(redirectedUrl("/login"));
            assertThat(session.isInvalid()).as("the disabled official's session has ended").isTrue();
            second.perform(get("/api/v1/staff/node-clerk/delegations").with(httpBasic("node-clerk", PASSWORD)))
                    .andExpect(status().isUnauthorized());
            second.perform(formLogin().user("node-clerk").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

            first.perform(post("/api/v1/staff/node-clerk/enable").with(httpBasic("node-admin", PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));

            second.perform(get("/api/v1/staff/node-clerk/delegations").with(httpBasic("node-clerk", PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    private static MockMvc mvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }
}
