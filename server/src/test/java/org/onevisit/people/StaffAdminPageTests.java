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

    @Test
    void a_change_made_meanwhile_by_another_administrator_is_not_overwritten_and_the_form_says_so() throws Exception {
        String username = TestIdentities.aUsername("moved");
        staff.open(new NewStaffMember(username, "调岗页面", "SCJG", Set.of(StaffRole.REVIEWER), "moved-pass-1"), "admin");
        long read = staff.edition(username).orElseThrow().version();
        mvc.perform(get("/admin/staff/{u}", username).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + read + "\"")));

        mvc.perform(post("/admin/staff/{u}", username).with(ADMIN).with(csrf()).param("displayName", "调岗页面")
                .param("departmentCode", "SWJ").param("roles", "REVIEWER").param("version", String.valueOf(read)))
                .andExpect(redirectedUrl("/admin/staff"));
        mvc.perform(post("/admin/staff/{u}", username).with(ADMIN).with(csrf()).param("displayName", "调岗页面")
                .param("departmentCode", "BDC").param("roles", "REVIEWER", "CHIEF_REPRESENTATIVE")
                .param("version", String.valueOf(read)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));

        assertThat(staff.find(username)).map(StaffMember::departmentCode).contains("SWJ");
        assertThat(staff.find(username)).map(StaffMember::roles).contains(Set.of(StaffRole.REVIEWER));
    }

    @Test
    void a_department_not_in_the_catalog_and_a_missing_role_are_refused_in_words() throws Exception {
        mvc.perform(post("/admin/staff/new").with(ADMIN).with(csrf()).param("username", TestIdentities.aUsername("nodept"))
                .param("displayName", "无部门").param("departmentCode", "NOPE").param("roles", "REVIEWER")
                .param("password", "Long-enough-2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有编码为“NOPE”的部门")));
        mvc.perform(post("/admin/staff/new").with(ADMIN).with(csrf()).param("username", TestIdentities.aUsername("norole"))
                .param("displayName", "无角色").param("departmentCode", "SCJG").param("password", "Long-enough-2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("至少需要一个角色")));
    }

    @Test
    void the_administrator_keeps_departments_and_counters_and_a_stale_form_is_refused() throws Exception {
        mvc.perform(get("/admin/departments").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("示例市市场监督管理局")));
        String page = mvc.perform(get("/admin/departments/SCJG").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String creditCode = page.replaceAll("(?s).*id=\"creditCode\" name=\"creditCode\" value=\"([0-9A-Z]+)\".*", "$1");
        mvc.perform(post("/admin/departments/SCJG").with(ADMIN).with(csrf()).param("name", "示例市市场监督管理局")
                .param("nameEn", "Example City Market Regulation Administration").param("kind", "DEPARTMENT")
                .param("sector", "MARKET_REGULATION").param("creditCode", creditCode).param("phone", "0571-12345")
                .param("version", version))
                .andExpect(redirectedUrl("/admin/departments"));
        mvc.perform(post("/admin/departments/SCJG").with(ADMIN).with(csrf()).param("name", "旧表单")
                .param("nameEn", "Stale").param("kind", "DEPARTMENT").param("sector", "MARKET_REGULATION")
                .param("creditCode", creditCode).param("phone", "0571-12345").param("version", version))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("Example City Market Regulation Administration")));

        String number = "Z" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10000);
        mvc.perform(post("/admin/counters/new").with(ADMIN).with(csrf()).param("number", number).param("name", "综合受理")
                .param("kind", "COMPREHENSIVE").param("departmentCode", ""))
                .andExpect(redirectedUrl("/admin/counters"));
        mvc.perform(get("/admin/counters").with(ADMIN)).andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("综合受理窗口")));
        mvc.perform(post("/admin/counters/new").with(ADMIN).with(csrf()).param("number", number).param("name", "重复")
                .param("kind", "DEPARTMENT").param("departmentCode", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已被使用")));
    }
}
