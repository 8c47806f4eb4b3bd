package org.onevisit.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_clerk_logs_in_with_the_username_and_lands_on_the_workbench() throws Exception {
        mvc.perform(formLogin().user("clerk").password(DemoPeople.PASSWORD))
                .andExpect(authenticated().withUsername("clerk").withRoles("CLERK"))
                .andExpect(redirectedUrl("/staff/counter"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"scjg-chief, /staff/reviews", "swj-reviewer, /staff/reviews",
            "coordinator, /staff/meetings", "supervisor, /supervision/dashboard", "admin, /admin"})
    void staff_land_on_the_page_of_their_work(String username, String page) throws Exception {
        mvc.perform(formLogin().user(username).password(DemoPeople.PASSWORD)).andExpect(redirectedUrl(page));
    }

    @Test
    void a_person_logs_in_with_the_id_number_and_is_known_by_an_account_number_not_the_id_number() throws Exception {
        MvcResult result = mvc.perform(formLogin().user(DemoPeople.PERSON_ID_NUMBER).password(DemoPeople.PASSWORD))
                .andExpect(authenticated().withRoles("APPLICANT"))
                .andExpect(redirectedUrl("/portal"))
                .andReturn();

        mvc.perform(get("/portal").session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("330999********1233")))
                .andExpect(content().string(not(containsString(DemoPeople.PERSON_ID_NUMBER))))
                .andExpect(content().string(containsString("138****0001")));
    }

    @Test
    void a_person_may_log_in_with_the_mobile_number_and_a_company_with_the_credit_code_in_lower_case() throws Exception {
        mvc.perform(formLogin().user(DemoPeople.PERSON_PHONE).password(DemoPeople.PASSWORD))
                .andExpect(authenticated().withRoles("APPLICANT"));
        mvc.perform(formLogin().user(DemoPeople.COMPANY_CREDIT_CODE.toLowerCase()).password(DemoPeople.PASSWORD))
                .andExpect(authenticated().withRoles("APPLICANT"));
    }

    @Test
    void a_wrong_password_sends_back_to_the_login_page_with_a_clear_message() throws Exception {
        MvcResult result = mvc.perform(formLogin().user("clerk").password("wrong-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        mvc.perform(get("/login").param("error", "").session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号或密码不正确")));
    }

    @Test
    void an_unknown_account_fails_like_a_wrong_password() throws Exception {
        mvc.perform(formLogin().user("nobody-" + System.nanoTime()).password("whatever1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_staff_page_shows_roles_department_and_delegations_of_a_chief_representative() throws Exception {
        mvc.perform(get("/staff").with(user("scjg-chief").roles("CHIEF_REPRESENTATIVE", "REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("首席代表")))
                .andExpect(content().string(containsString("市场监督管理局")))
                .andExpect(content().string(containsString("企业设立登记")))
                .andExpect(content().string(containsString("个体工商户设立登记")));
    }

    @Test
    void the_pages_of_staff_and_applicants_need_the_right_login() throws Exception {
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/portal").with(user("clerk").roles("CLERK"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff").with(user("applicant-1").roles("APPLICANT"))).andExpect(status().isForbidden());
    }

    @Test
    void the_login_page_explains_what_to_type_and_logout_returns_home() throws Exception {
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Citizens: your resident ID number or mobile number")));
        mvc.perform(logout()).andExpect(redirectedUrl("/"));
    }
}
