package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Spring Boot Actuator behind the centre's security (ADR 0053): the probes open to anyone without details, the metrics
 * and the health's details only to the monitoring account or from the monitoring networks (by default this host),
 * everything else closed, every refusal problem details in the caller's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringAccessTests {

    /** An address outside the default monitoring networks (TEST-NET-1). */
    private static final String OUTSIDE = "192.0.2.77";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService logins;

    @Test
    void the_probes_are_open_to_anyone_and_say_only_up() throws Exception {
        for (String probe : SecurityConfiguration.PROBES) {
            MockHttpServletResponse response = call(get(probe), OUTSIDE);

            assertThat(response.getStatus()).as(probe).isEqualTo(200);
            assertThat(response.getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(probe), OUTSIDE)
                    .getStatus()).as("HEAD " + probe).isEqualTo(200);
        }
    }

    @Test
    void the_readiness_includes_the_database() throws Exception {
        MockHttpServletResponse response = call(get("/actuator/health").with(httpBasic("monitor", DemoPeople.PASSWORD)),
                OUTSIDE);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"db\"").contains("\"readinessState\"");
        assertThat(response.getContentAsString()).contains("\"readiness\"").contains("\"liveness\"");
    }

    @Test
    void prometheus_asks_a_stranger_to_log_in_with_a_problem() throws Exception {
        MockHttpServletResponse response = call(get("/actuator/prometheus").header("Accept-Language", "en"), OUTSIDE);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"unauthenticated\"");
    }

    @Test
    void prometheus_refuses_staff_without_the_monitoring_role() throws Exception {
        MockHttpServletResponse response = call(get("/actuator/prometheus").with(httpBasic("admin", DemoPeople.PASSWORD)),
                OUTSIDE);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"forbidden\"")
                .contains("没有执行此操作的权限");
    }

    @Test
    void the_monitoring_account_reads_the_metrics_from_anywhere() throws Exception {
        MockHttpServletResponse response = call(get("/actuator/prometheus")
                .with(httpBasic("monitor", DemoPeople.PASSWORD)), OUTSIDE);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("onevisit_supervision_reviews_open")
                .contains("onevisit_outbox_backlog").contains("jvm_memory_used_bytes");
        assertThat(response.getHeader("Set-Cookie")).as("no session kept for a scrape").isNull();
    }

    @Test
    void this_host_reads_the_metrics_without_a_login() throws Exception {
        assertThat(call(get("/actuator/prometheus"), "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call(get("/actuator/prometheus"), "0:0:0:0:0:0:0:1").getStatus()).isEqualTo(200);
    }

    @Test
    void everything_else_under_actuator_is_closed() throws Exception {
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/db", "/actuator/env",
                "/actuator/beans", "/actuator/heapdump", "/actuator/shutdown")) {
            assertThat(call(get(path), OUTSIDE).getStatus()).as(path).isEqualTo(401);
            assertThat(call(get(path).with(httpBasic("supervisor", DemoPeople.PASSWORD)), OUTSIDE).getStatus()).as(path)
                    .isEqualTo(403);
        }
        // not exposed at all: even the monitoring account finds nothing there
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
            MockHttpServletResponse response = call(get(path).with(httpBasic("monitor", DemoPeople.PASSWORD)), OUTSIDE);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_monitoring_account_reads_no_case_and_no_staff_page() throws Exception {
        for (String path : List.of("/staff", "/supervision/dashboard", "/api/v1/supervision/dashboard",
                "/api/v1/casework/inbox", "/admin")) {
            assertThat(call(get(path).with(user(logins.loadUserByUsername("monitor"))), OUTSIDE).getStatus()).as(path)
                    .isEqualTo(403);
        }
    }

    @Test
    void the_monitoring_networks_are_addresses_or_blocks() {
        var monitors = SecurityConfiguration.monitors(List.of("10.1.0.0/16", " 192.0.2.5 ", ""));
        var nobody = new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(allowed(monitors, nobody, "10.1.200.3")).isTrue();
        assertThat(allowed(monitors, nobody, "192.0.2.5")).isTrue();
        assertThat(allowed(monitors, nobody, "192.0.2.6")).isFalse();
        assertThat(allowed(monitors, nobody, "127.0.0.1")).as("the loopback only when listed").isFalse();
    }

    private static boolean allowed(org.springframework.security.authorization.AuthorizationManager<RequestAuthorizationContext> m,
            AnonymousAuthenticationToken who, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(address);
        return m.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
    }

    @Test
    void a_wrong_method_or_an_unknown_endpoint_is_a_problem_not_a_page() throws Exception {
        MockHttpServletResponse posted = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/actuator/health/readiness").header("Accept-Language", "en"), "127.0.0.1");
        MockHttpServletResponse unknown = call(get("/actuator/env").header("Accept-Language", "en"), "127.0.0.1");

        assertThat(posted.getStatus()).isEqualTo(405);
        assertThat(posted.getContentType()).startsWith("application/problem+json");
        assertThat(posted.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"method-not-allowed\"");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"no-such-address\"");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String from) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(from);
            return r;
        })).andReturn().getResponse();
    }
}
