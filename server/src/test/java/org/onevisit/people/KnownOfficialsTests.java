package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actor of record comes from the node's memory, and the official's next request checks it against their account:
 * a change made on another node (written to the shared database here) is what their next request acts with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KnownOfficialsTests {

    @Autowired
    Actors actors;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void an_account_changed_on_another_node_is_read_again_at_the_officials_next_request() throws Exception {
        String username = TestIdentities.aUsername("moved");
        accounts.open(new NewStaffMember(username, "调岗测试", "SCJG", Set.of(StaffRole.REVIEWER), "moved-pass-1"), true);
        assertThat(actors.of(username).department()).isEqualTo("SCJG");

        // another node moves the official to another department, as any change moves the account's version on
        jdbc.sql("UPDATE people_staff SET department_code = 'SWJ', version = version + 1 WHERE username = ?")
                .param(username).update();
        assertThat(actors.of(username).department()).as("kept until their next request").isEqualTo("SCJG");

        mvc.perform(get("/staff").with(user(username).roles("REVIEWER"))).andExpect(status().isOk());

        assertThat(actors.of(username).department()).isEqualTo("SWJ");
    }

    @Test
    void an_official_disabled_on_another_node_is_nobody_from_their_next_request() throws Exception {
        String username = TestIdentities.aUsername("gone");
        accounts.open(new NewStaffMember(username, "停用测试", "SCJG", Set.of(StaffRole.REVIEWER), "gone-pass-1"), true);
        assertThat(actors.of(username).isStaff()).isTrue();

        // the facade does not tell the node's memory: as if an administrator disabled them on another node
        accounts.disable(username, "admin");

        mvc.perform(get("/staff").with(user(username).roles("REVIEWER"))).andExpect(status().is3xxRedirection());
        assertThat(actors.of(username).isStaff()).isFalse();
    }
}
