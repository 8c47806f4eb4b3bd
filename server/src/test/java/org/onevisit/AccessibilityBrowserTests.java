package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every page of every kind of person, as they reach it, checked by axe-core (no serious or critical violation of WCAG
 * 2.1 A/AA and axe's best practices) and at a phone's width of 390 px (no sideways scrolling). The pages checked and
 * what axe found on each are tallied in {@code target/accessibility.tsv}.
 */
@BrowserTest(windowHeight = 1000)
class AccessibilityBrowserTests {

    private static final String PASSWORD = "demo1234";
    /** The demo applicant, whose identity is verified: the cases filed at the counter under their ID number are theirs. */
    private static final String DEMO_APPLICANT = "330999199003071233";

    @Value("${local.server.port}")
    int port;

    @Test
    void the_public_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, null, List.of("/", "/catalog", "/catalog?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7",
                "/catalog/items/XK-SCJG-001", "/bundles", "/bundles/YJS-BDCJY", "/calendar", "/login", "/register",
                "/status", "/certificates/verify", "/no-such-page", "/?lang=en", "/catalog/items/XK-SCJG-001?lang=en"));
    }

    @Test
    void the_applicants_pages(HeadlessChromium chrome) throws Exception {
        String number = anAcceptedCase();
        decideOnTheSpot(number);
        check(chrome, DEMO_APPLICANT, List.of("/portal", "/portal/cases", "/portal/cases/new?subject=XK-SCJG-001",
                "/portal/cases/new?subject=YJS-BDCJY", "/portal/cases/" + number, "/portal/cases/" + number + "/withdraw",
                "/portal/certificates", "/portal/messages", "/account/password"));
    }

    @Test
    void the_counter_clerks_pages(HeadlessChromium chrome) throws Exception {
        String number = anAcceptedCase();
        check(chrome, "clerk", List.of("/staff/counter", "/staff/counter/new", "/staff/counter/new?subject=XK-SCJG-001",
                "/staff/counter/cases/" + number, "/staff/deliveries"));
    }

    @Test
    void the_officials_pages(HeadlessChromium chrome) throws Exception {
        String number = anAcceptedCase();
        check(chrome, "scjg-chief", List.of("/staff", "/staff/reviews", "/staff/reviews/cases/" + number));
    }

    @Test
    void the_coordinators_and_supervisors_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, "coordinator", List.of("/staff/meetings", "/staff/reviews"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "supervisor", List.of("/supervision/audit", "/supervision/figures", "/staff/reviews"));
    }

    @Test
    void the_administrators_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, "admin", List.of("/admin", "/admin/catalog", "/admin/catalog/items/new",
                "/admin/catalog/items/XK-SCJG-001", "/admin/catalog/import", "/admin/calendar", "/admin/staff",
                "/admin/staff/new", "/admin/staff/scjg-chief", "/admin/delegations", "/admin/departments",
                "/admin/departments/new", "/admin/departments/SCJG", "/admin/counters", "/admin/counters/new",
                "/admin/bad-credit"));
    }

    private void check(HeadlessChromium chrome, String username, List<String> pages) throws IOException {
        WebDriver browser = chrome.browser();
        if (username != null) {
            chrome.logIn(username, PASSWORD);
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : pages) {
            browser.manage().window().setSize(new Dimension(1366, 1000));
            browser.get(chrome.url(page));
            assertThat(browser.findElements(By.tagName("main"))).as("%s has its main part", page).isNotEmpty();
            List<String> found = chrome.accessibilityProblems();
            if (!found.isEmpty()) {
                problems.put(page, new java.util.ArrayList<>(found));
            }
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            Long wider = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (wider > 0) {
                chrome.screenshot("narrow-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
                Object beyond = ((JavascriptExecutor) browser).executeScript("""
                        const w = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('main *')]
                            .filter(e => e.getBoundingClientRect().right > w + 1)
                            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                                + (e.id ? '#' + e.id : '')).join(', ');""");
                problems.computeIfAbsent(page, p -> new java.util.ArrayList<>())
                        .add("at 390 px the page is " + wider + " px wider than the screen: " + beyond);
            }
        }
        browser.manage().window().setSize(new Dimension(1366, 1000));
        assertThat(problems).as("serious or critical accessibility problems, and pages too wide for a phone").isEmpty();
    }

    /** The chief representative decides the case's item on the spot: a decision document and a certificate. */
    private void decideOnTheSpot(String number) throws IOException, InterruptedException {
        HttpResponse<String> decided = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/cases/" + number + "/items/XK-SCJG-001/decision-on-the-spot"))
                .header("Authorization", basic("scjg-chief")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A case received and accepted at the counter through the API, as a counter system would. */
    private String anAcceptedCase() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String auth = basic("clerk");
        String body = """
                {"channel": "COUNTER", "item": "XK-SCJG-001", "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s",
                 "name": "张三", "phone": "13800000001"},
                 "materials": {"M1": "PROVIDED", "M2": "PROVIDED", "M3": "PROVIDED", "M4": "PROVIDED", "M5": "PROVIDED",
                 "M6": "PROVIDED"}}""".formatted(DEMO_APPLICANT);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = JsonMapper.builder().build().readTree(created.body()).get("number").asString();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/cases/" + number + "/acceptance"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return number;
    }
}
