package org.onevisit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser is told, seen on the wire of the real server: cookies only for the centre's own pages
 * ({@code SameSite=Lax}), the session out of reach of scripts and, over HTTPS (also behind a proxy that says so),
 * sent only over HTTPS; a content security policy that runs no inline script; no full address sent to other sites.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebHardeningTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only_and_not_secure_over_plain_http() throws Exception {
        String cookie = cookie(get("/login", false), "JSESSIONID");

        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behind_a_proxy_that_says_https_the_session_cookie_is_secure() throws Exception {
        String cookie = cookie(get("/login", true), "JSESSIONID");

        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure");
    }

    @Test
    void the_language_cookie_is_same_site_lax_and_secure_over_https_only() throws Exception {
        assertThat(cookie(get("/catalog?lang=en", false), "onevisit-lang")).containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(cookie(get("/catalog?lang=en", true), "onevisit-lang")).containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
    }

    @Test
    void every_page_forbids_inline_script_plugins_framing_and_foreign_forms() throws Exception {
        for (String page : List.of("/", "/catalog", "/login", "/register", "/no-such-page")) {
            HttpResponse<String> response = get(page, false);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");

            assertThat(policy).as(page).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
                    "frame-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "frame-src *", "object-src 'self'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
        }
    }

    @Test
    void the_api_documentation_ui_runs_only_its_script_files_too() throws Exception {
        String policy = get("/api-docs/swagger-ui/index.html", false).headers()
                .firstValue("Content-Security-Policy").orElse("");

        assertThat(policy).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void the_api_answers_carry_the_referrer_policy_and_nosniff_too() throws Exception {
        HttpResponse<String> response = get("/api/v1/catalog/items", false);

        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void a_forged_cross_site_post_riding_on_a_clerks_session_cookie_is_refused_before_it_reaches_the_case()
            throws Exception {
        HttpResponse<String> loginPage = get("/login", false);
        String session = cookie(loginPage, "JSESSIONID").split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=" + DemoPeople.PASSWORD + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/counter"));
        String loggedIn = cookie(login, "JSESSIONID").split(";")[0];

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/cases/330999-20261019-99999/acceptance"))
                .header("Cookie", loggedIn).header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"code\":\"csrf-token-missing\"");
    }

    private HttpResponse<String> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        Optional<String> cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).findFirst();
        assertThat(cookie).as("Set-Cookie %s in %s", name, response.headers().allValues("Set-Cookie")).isPresent();
        return cookie.orElseThrow();
    }
}
