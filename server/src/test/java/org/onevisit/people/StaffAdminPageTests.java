package org.onevisit.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class StaffAdminPageTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts staff;

    @Test
    void the_administrator_disables_an_official_on_the_staff_page_and_enables_them_again() throws Exception {
        String username = TestIdentities.aUsername("leaver");
        staff.open(new NewStaffMember(username, "离岗页面", "SCJG", Set.of(StaffRole.REVIEWER), "leaver-pass-1"));
        mvc.perform(get("/admin/staff").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/staff/" + username + "/disable")));

        mvc.perform(post("/admin/staff/{u}/disable", username).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));
        assertThat(staff.find(username)).map(StaffMember::enabled).contains(false);
        mvc.perform(get("/admin/staff").with(ADMIN))
                .andExpect(content().string(containsString("/admin/staff/" + username + "/enable")));

        mvc.perform(post("/admin/staff/{u}/enable", username).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff"));
        assertThat(staff.find(username)).map(StaffMember::enabled).contains(true);
    }

    @Test
    void the_page_offers_the_administrator_no_way_to_disable_themselves_and_refuses_it_in_words() throws Exception {
        mvc.perform(get("/admin/staff").with(ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/staff/admin/disable"))));
        mvc.perform(post("/admin/staff/{u}/disable", "admin").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("管理员不能停用自己的账号。")));
    }
}
