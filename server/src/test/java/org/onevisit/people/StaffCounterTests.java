package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onevisit.audit.AuditRecord;
import org.onevisit.audit.AuditTrail;
import org.onevisit.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The counter (窗口) a member of staff sits at: set by the administrator on the staff page, changed by the clerk at the
 * workbench as they rotate (the last choice stands), a counter the hall does not have refused in words, every change
 * audited, and nobody else may move a clerk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffCounterTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts staff;

    @Autowired
    StaffCounters counters;

    @Autowired
    AuditTrail audit;

    private String aClerk(String name) {
        String username = TestIdentities.aUsername("seat");
        staff.open(new NewStaffMember(username, name, null, Set.of(StaffRole.CLERK), "seat-pass-01"), "admin");
        return username;
    }

    @Test
    void the_administrator_seats_a_clerk_at_a_counter_on_the_staff_page_and_the_list_shows_it() throws Exception {
        String clerk = aClerk("窗口页面甲");
        assertThat(counters.counterOf(clerk)).isEmpty();
        mvc.perform(get("/admin/staff/{u}", clerk).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/staff/" + clerk + "/counter")))
                .andExpect(content().string(containsString("A02 综合受理窗口（工程建设项目）")));

        mvc.perform(post("/admin/staff/{u}/counter", clerk).with(ADMIN).with(csrf()).param("counter", "A02"))
                .andExpect(redirectedUrl("/admin/staff"));

        assertThat(counters.counterOf(clerk)).contains("A02");
        assertThat(counters.seated()).containsEntry(clerk, "A02");
        mvc.perform(get("/admin/staff/{u}", clerk).with(ADMIN))
                .andExpect(content().string(containsString("<option value=\"A02\" selected=\"selected\">")));
        mvc.perform(get("/admin/staff").with(ADMIN)).andExpect(content().string(containsString(
                "<td class=\"staff-counter\">A02</td>")));
        AuditRecord seated = audit.history("staff", clerk).stream().filter(r -> r.action().equals("seatAtCounter"))
                .findFirst().orElseThrow();
        assertThat(seated.actor()).isEqualTo("admin");
        assertThat(seated.before()).isEmpty();
        assertThat(seated.after()).containsEntry("counter", "A02");
    }

    @Test
    void a_counter_the_hall_does_not_have_is_refused_on_either_page_in_the_readers_language() throws Exception {
        String clerk = aClerk("窗口页面乙");
        counters.seat(clerk, "A01", "admin", "WEB");

        mvc.perform(post("/admin/staff/{u}/counter", clerk).with(ADMIN).with(csrf()).param("counter", "Z99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("大厅没有编号为“Z99”的窗口")));
        mvc.perform(post("/staff/counter/seat").with(user(clerk).roles("CLERK")).with(csrf()).param("counter", "Z99")
                .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The hall has no counter &quot;Z99&quot;")));

        assertThat(counters.counterOf(clerk)).contains("A01");
        assertThatThrownBy(() -> counters.seat(clerk, "Z99", "admin", "WEB")).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("staff-counter-unknown");
    }

    @Test
    void the_clerk_changes_their_own_counter_at_the_workbench_and_the_last_choice_stands() throws Exception {
        String clerk = aClerk("窗口页面丙");
        counters.seat(clerk, "A01", "admin", "WEB");
        RequestPostProcessor self = user(clerk).roles("CLERK");
        mvc.perform(get("/staff/counter").with(self)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A01号窗口 综合受理窗口（企业开办与经营）")));

        // the clerk rotates to A03 in the afternoon: typed in lower case, it is the counter's number all the same
        mvc.perform(post("/staff/counter/seat").with(self).with(csrf()).param("counter", "a03"))
                .andExpect(redirectedUrl("/staff/counter"));

        assertThat(counters.counterOf(clerk)).contains("A03");
        mvc.perform(get("/staff/counter").with(self))
                .andExpect(content().string(containsString("A03号窗口 综合受理窗口（个人事项与不动产）")));
        AuditRecord moved = audit.history("staff", clerk).stream().filter(r -> r.action().equals("seatAtCounter")
                && r.actor().equals(clerk)).findFirst().orElseThrow();
        assertThat(moved.channel()).isEqualTo("COUNTER");
        assertThat(moved.before()).containsEntry("counter", "A01");
        assertThat(moved.after()).containsEntry("counter", "A03");

        // leaving the counter: no counter at all
        mvc.perform(post("/staff/counter/seat").with(self).with(csrf()).param("counter", ""))
                .andExpect(redirectedUrl("/staff/counter"));
        assertThat(counters.counterOf(clerk)).isEmpty();
    }

    @Test
    void nobody_but_the_administrator_moves_another_member_of_staff() {
        String clerk = aClerk("窗口页面丁");
        String colleague = aClerk("窗口页面戊");

        assertThatThrownBy(() -> counters.seat(colleague, "A01", clerk, "WEB")).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("staff-counter-not-yours");
        assertThat(counters.counterOf(colleague)).isEmpty();
    }
}
