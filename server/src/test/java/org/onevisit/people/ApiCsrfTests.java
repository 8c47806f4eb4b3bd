package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * A browser sends the page session cookie with any request, a forged cross-site one too: an API call that changes
 * something on the strength of that cookie alone must carry the page's CSRF token. Callers that authenticate
 * themselves (HTTP Basic) and anonymous endpoints need none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiCsrfTests {

    private static final String ITEM = "XK-TCSRF-001";
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogEditing catalog;

    @BeforeEach
    void the_test_item_is_in_the_catalog() {
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department("TCSRF", 9317) + "items:\n"
                + TestCatalogs.item(ITEM, "跨站测试事项", "ADMINISTRATIVE_LICENCE", "TCSRF", 20, 10);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
    }

    @Test
    void a_body_less_cross_site_post_with_the_clerks_page_session_accepts_nothing() throws Exception {
        String number = aReceivedCase();
        MockHttpSession session = clerkSession();

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(cookieOf(session)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("csrf-token-missing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-CSRF-TOKEN")));

        mvc.perform(get("/api/v1/cases/{n}", number).with(httpBasic("clerk", DemoPeople.PASSWORD)))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void a_wrong_token_is_refused_in_english_when_asked() throws Exception {
        String number = aReceivedCase();

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(cookieOf(clerkSession()))
                        .header("X-CSRF-TOKEN", "forged").header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("csrf-token-missing"))
                .andExpect(jsonPath("$.title").value("CSRF token required"));
    }

    @Test
    void the_page_session_with_the_token_of_its_pages_accepts_the_case() throws Exception {
        String number = aReceivedCase();
        MockHttpSession session = clerkSession();
        String page = mvc.perform(get("/staff").with(cookieOf(session))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        mvc.perform(post("/api/v1/cases/{n}/acceptance", number).with(cookieOf(session))
                        .header(found(HEADER, page), found(TOKEN, page)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void a_basic_client_needs_no_token() throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/acceptance", aReceivedCase()).with(httpBasic("clerk", DemoPeople.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void anonymous_endpoints_need_no_token_even_with_a_logged_in_session() throws Exception {
        mvc.perform(post("/api/v1/applicants").with(cookieOf(clerkSession())).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"NATURAL_PERSON","idNumber":"%s","name":"测试人","phone":"13912345678","password":"Secret-123"}"""
                        .formatted(TestIdentities.aResidentIdNumber())))
                .andExpect(status().isCreated());
    }

    @Test
    void without_any_login_a_change_is_still_a_401_not_a_csrf_refusal() throws Exception {
        mvc.perform(post("/api/v1/cases/{n}/acceptance", "330999-20261019-99999"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    /** The session as a browser presents it: by its cookie, sent along with any request to the centre. */
    private static RequestPostProcessor cookieOf(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            request.setRequestedSessionId(session.getId());
            request.setCookies(new Cookie("JSESSIONID", session.getId()));
            return request;
        };
    }

    private MockHttpSession clerkSession() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user("clerk").password(DemoPeople.PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private String aReceivedCase() throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(httpBasic("clerk", DemoPeople.PASSWORD))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "COUNTER", "item": "%s",
                         "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s", "name": "王五", "phone": "13912345678"},
                         "materials": {"M1": "PROVIDED", "M2": "PROVIDED"}}""".formatted(ITEM, TestIdentities.aResidentIdNumber())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.number");
    }

    private static String found(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("the page carries %s", pattern).isTrue();
        return matcher.group(1);
    }
}
