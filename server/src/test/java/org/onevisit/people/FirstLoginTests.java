package org.onevisit.people;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A password an administrator sets (a new account, a reset) is known to two people: its holder changes it at the
 * first login, and until then opens nothing else, on the pages or through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstLoginTests {

    private static final String FIRST = "First-pass-1";
    private static final String OWN = "Own-choice-2";

    @Autowired
    MockMvc mvc;

    @Test
    void after_the_first_login_a_new_member_of_staff_is_sent_to_change_the_password_and_can_open_nothing_else()
            throws Exception {
        String username = anAccountOpenedByTheAdministrator();

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(FIRST))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/staff/reviews").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/catalog").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).session(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-change-required"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("管理员为您设置的密码")));
        mvc.perform(get("/css/onevisit.css").session(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", FIRST)
                        .param("newPassword", OWN).param("newPasswordAgain", OWN))
                .andExpect(redirectedUrl("/account/password?changed"));

        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        mvc.perform(formLogin().user(username).password(OWN)).andExpect(redirectedUrl("/staff/reviews"));
        mvc.perform(formLogin().user(username).password(FIRST)).andExpect(unauthenticated());
    }

    @Test
    void a_basic_client_of_such_an_account_is_told_to_change_the_password_first_and_may_change_it_through_the_api()
            throws Exception {
        String username = anAccountOpenedByTheAdministrator();

        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, FIRST)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-change-required"))
                .andExpect(jsonPath("$.detail").value(containsString("/api/v1/account/password")));
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, FIRST))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Password change required"));

        change(username, FIRST, OWN).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, OWN)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, FIRST)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_password_reset_by_the_administrator_must_be_changed_again() throws Exception {
        String username = anAccountOpenedByTheAdministrator();
        change(username, FIRST, OWN).andExpect(status().isNoContent());

        mvc.perform(post("/api/v1/staff/{u}/password", username).with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Reset-pass-3\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(formLogin().user(username).password("Reset-pass-3")).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, "Reset-pass-3")))
                .andExpect(jsonPath("$.code").value("password-change-required"));
    }

    @Test
    void each_refused_change_says_which_rule_failed_and_on_which_field() throws Exception {
        String username = anAccountOpenedByTheAdministrator();

        change(username, FIRST, "Not-the-password-9", OWN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-current-wrong"))
                .andExpect(jsonPath("$.field").value("currentPassword"));
        change(username, FIRST, FIRST)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-unchanged"))
                .andExpect(jsonPath("$.field").value("newPassword"));
        change(username, FIRST, "qwerty123")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-too-common"))
                .andExpect(jsonPath("$.field").value("newPassword"));
        change(username, FIRST, "Ab1-" + new StringBuilder(username).reverse())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("password-personal"));
        mvc.perform(get("/api/v1/staff/{u}/delegations", username).with(httpBasic(username, FIRST)))
                .andExpect(jsonPath("$.code").value("password-change-required"));
    }

    @Test
    void the_change_password_page_shows_the_failed_rule_next_to_its_field() throws Exception {
        String username = anAccountOpenedByTheAdministrator();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(FIRST))
                .andReturn().getRequest().getSession();

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", FIRST)
                        .param("newPassword", "password").param("newPasswordAgain", "password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最常见的密码")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", FIRST)
                        .param("newPassword", OWN).param("newPasswordAgain", OWN + "x").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two new passwords differ")));
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void the_demo_accounts_are_exempt_and_an_applicant_may_change_the_password_too() throws Exception {
        mvc.perform(formLogin().user("clerk").password(DemoPeople.PASSWORD)).andExpect(redirectedUrl("/staff/counter"));

        String id = TestIdentities.aResidentIdNumber();
        mvc.perform(post("/api/v1/applicants").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"NATURAL_PERSON","idNumber":"%s","name":"测试人","phone":"13912345678","password":"Secret-123"}"""
                        .formatted(id)))
                .andExpect(status().isCreated());
        mvc.perform(formLogin().user(id).password("Secret-123")).andExpect(redirectedUrl("/portal"));

        change(id, "Secret-123", OWN).andExpect(status().isNoContent());

        mvc.perform(formLogin().user(id).password(OWN)).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void changing_a_password_needs_a_login() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/api/v1/account/password").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"a\",\"newPassword\":\"b\"}"))
                .andExpect(status().isUnauthorized());
    }

    private String anAccountOpenedByTheAdministrator() throws Exception {
        String username = TestIdentities.aUsername("first");
        mvc.perform(post("/api/v1/staff").with(httpBasic("admin", DemoPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"新同事","departmentCode":"SCJG","roles":["REVIEWER"],
                         "password":"%s"}""".formatted(username, FIRST)))
                .andExpect(status().isCreated());
        return username;
    }

    private ResultActions change(String login, String current, String chosen) throws Exception {
        return change(login, current, current, chosen);
    }

    private ResultActions change(String login, String password, String current, String chosen) throws Exception {
        return mvc.perform(post("/api/v1/account/password").with(httpBasic(login, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, chosen)));
    }
}
