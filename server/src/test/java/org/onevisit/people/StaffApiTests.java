package org.onevisit.people;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StaffApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listing_staff_needs_a_login() throws Exception {
        mvc.perform(get("/api/v1/staff"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请先登录")));
    }

    @Test
    void a_clerk_may_not_list_staff() throws Exception {
        mvc.perform(get("/api/v1/staff").with(httpBasic("clerk", DemoPeople.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @Test
    void an_administrator_lists_staff_without_their_passwords() throws Exception {
        mvc.perform(get("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("scjg-chief")))
                .andExpect(jsonPath("$[0].password").doesNotExist())
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    @Test
    void an_administrator_opens_an_account_and_resets_its_password() throws Exception {
        String username = TestIdentities.aUsername("reviewer");
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"测试审查员","departmentCode":"sw","roles":["REVIEWER"],
                         "password":"first-pass-1"}""".formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentCode").value("SW"))
                .andExpect(jsonPath("$.roles[0]").value("REVIEWER"));

        mvc.perform(post("/api/v1/staff/{u}/password", username).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"second-pass-2\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(formLogin().user(username).password("second-pass-2"))
                .andExpect(authenticated().withRoles("REVIEWER"));
    }

    @Test
    void a_taken_username_is_a_conflict_and_a_malformed_one_is_invalid() throws Exception {
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"clerk","displayName":"重复","roles":["CLERK"],"password":"first-pass-1"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("staff-username-taken"));
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"1clerk","displayName":"无效","roles":["CLERK"],"password":"first-pass-1"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("staff-username-invalid"));
    }

    @Test
    void the_head_of_a_department_belongs_to_a_department() throws Exception {
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD)).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"headless-head","displayName":"无部门负责人","roles":["DEPARTMENT_HEAD"],
                         "password":"first-pass-1"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("staff-department-head-without-department"))
                .andExpect(jsonPath("$.detail").value("部门主要负责人须属于其所负责的部门，请选择部门。"));
    }

    @Test
    void an_administrator_cannot_give_a_new_account_a_common_password_or_one_containing_its_username() throws Exception {
        String username = TestIdentities.aUsername("weak");
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"弱密码","roles":["CLERK"],"password":"12345678"}""".formatted(username)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-too-common"))
                .andExpect(jsonPath("$.field").value("password"));
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"弱密码","roles":["CLERK"],"password":"%s-X1"}"""
                                .formatted(username, username.toUpperCase())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-personal"));
        mvc.perform(get("/api/v1/staff/{u}", username).with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_reset_to_a_common_password_is_refused() throws Exception {
        mvc.perform(post("/api/v1/staff/{u}/password", "swj-reviewer").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"P@ssw0rd\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-too-common"));
        mvc.perform(get("/api/v1/staff").with(httpBasic("swj-reviewer", DemoPeople.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }

    @Test
    void resetting_the_password_of_nobody_is_not_found() throws Exception {
        mvc.perform(post("/api/v1/staff/{u}/password", "nobody-here").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"second-pass-2\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("staff-not-found"));
    }

    @Test
    void an_administrator_cannot_disable_their_own_account_nor_nobody() throws Exception {
        mvc.perform(post("/api/v1/staff/{u}/disable", "admin").with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("staff-disable-self"))
                .andExpect(jsonPath("$.detail").value("管理员不能停用自己的账号。"));
        mvc.perform(post("/api/v1/staff/{u}/enable", "nobody-here").with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("staff-not-found"));
    }

    @Test
    void an_administrator_seats_a_clerk_at_a_counter_by_the_api_and_an_unknown_counter_is_refused() throws Exception {
        String username = TestIdentities.aUsername("clerk");
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"测试受理员","roles":["CLERK"],"password":"first-pass-1"}"""
                        .formatted(username)))
                .andExpect(status().isCreated());

        mvc.perform(put("/api/v1/staff/{u}/counter", username).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"counter\":\"a02\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counter").value("A02"));
        mvc.perform(put("/api/v1/staff/{u}/counter", username).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"counter\":\"Z99\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("staff-counter-unknown"));
        mvc.perform(get("/api/v1/staff/{u}", username).with(httpBasic("admin", DemoPeople.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/staff/{u}/counter", username).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"counter\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counter").doesNotExist());
        mvc.perform(put("/api/v1/staff/{u}/counter", "nobody-here").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"counter\":\"A02\"}"))
                .andExpect(status().isNotFound());
    }
}
