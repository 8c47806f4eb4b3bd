package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.onevisit.casework.WatchedClock;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertTimers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

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

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

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
                "/portal/certificates", "/portal/messages", "/account/password", "/portal/message-preferences",
                "/oauth2/consent?client_id=onevisit-app&scope=cases%20profile%20offline_access&state=a11y"));
    }

    @Test
    void the_counter_clerks_pages(HeadlessChromium chrome) throws Exception {
        String number = anAcceptedCase();
        check(chrome, "clerk", List.of("/staff/counter", "/staff/counter/new", "/staff/counter/new?subject=XK-SCJG-001",
                "/staff/counter/cases/" + number, "/staff/deliveries", "/staff/identity-verifications"));
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
        check(chrome, "supervisor", List.of("/supervision/audit", "/supervision/dashboard", "/supervision/dashboard/reviews?figure=RED",
                "/supervision/dashboard/cases", "/supervision/wall", "/staff/reviews",
                "/supervision/spot-checks", "/supervision/groups", "/supervision/spot-checks/" + aSpotCheck(),
                "/evaluation/assessment?period=" + DelegatedDecisionsOnFile.MONTH,
                "/evaluation/assessment?by=official&period=2026-Q3&lang=en"));
    }

    @Test
    void the_alerts_pages(HeadlessChromium chrome) throws Exception {
        String key = "a11y-" + UUID.randomUUID();
        for (AlertLevel level : AlertLevel.values()) {
            AlertTimers.raise(context, new WatchedClock(WatchedClock.Watched.STEP, key, "330999-20261016-A11Y",
                    "个体工商户设立登记", "SCJG", java.time.LocalDate.parse("2026-10-16"), false), level);
        }
        check(chrome, "scjg-chief", List.of("/staff/alerts", "/staff/alerts?lang=en"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "scjg-head", List.of("/staff/alerts"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "supervisor", List.of("/supervision/alerts", "/supervision/alerts?level=RED", "/staff/alerts"));
    }

    @Test
    void the_department_heads_pages(HeadlessChromium chrome) throws Exception {
        long check = aSpotCheck();
        check(chrome, "scjg-head", List.of("/supervision/spot-checks", "/supervision/spot-checks/" + check,
                "/supervision/spot-checks/" + check + "?lang=en", "/staff",
                "/evaluation/assessment?by=official&period=" + DelegatedDecisionsOnFile.MONTH));
    }

    @Test
    void the_corrections_pages(HeadlessChromium chrome) throws Exception {
        CorrectionsOnFile corrections = new CorrectionsOnFile(context);
        long opened = corrections.at(CorrectionsOnFile.Stage.OPENED, 12);
        long proposed = corrections.at(CorrectionsOnFile.Stage.PROPOSED, 13);
        long determined = corrections.at(CorrectionsOnFile.Stage.DETERMINED, 14);
        check(chrome, "scjg-head", List.of("/supervision/corrections", "/supervision/corrections/" + opened,
                "/supervision/corrections/" + proposed, "/supervision/corrections/" + determined + "?lang=en"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "scjg-chief", List.of("/staff/corrections", "/staff/corrections?lang=en"));
    }

    @Test
    void the_complaint_pages(HeadlessChromium chrome) throws Exception {
        String number = aRoutedComplaint();
        check(chrome, DEMO_APPLICANT, List.of("/portal/complaints", "/portal/complaints/new",
                "/portal/complaints/" + number, "/portal/complaints/" + number + "?lang=en"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "clerk", List.of("/staff/counter/complaints/new"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "supervisor", List.of("/supervision/complaints", "/supervision/complaints/" + number,
                "/supervision/complaints?lang=en"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "scjg-head", List.of("/staff/complaints", "/staff/complaints/" + number));
    }

    @Test
    void the_kiosk_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, null, List.of("/kiosk", "/kiosk/items", "/kiosk/items?department=GAJ", "/kiosk/items/QR-GAJ-002",
                "/kiosk/ticket", "/kiosk/status", "/kiosk?lang=en", "/kiosk/items/QR-GAJ-002?lang=en",
                "/kiosk/items/NO-SUCH-ITEM", "/kiosk/ticket?lang=en"));
        check(chrome, "admin", List.of("/admin/kiosks"));
    }

    @Test
    void the_administrators_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, "admin", List.of("/admin", "/admin/catalog", "/admin/catalog/items/new",
                "/admin/catalog/items/XK-SCJG-001", "/admin/catalog/import", "/admin/calendar", "/admin/staff",
                "/admin/staff/new", "/admin/staff/scjg-chief", "/admin/delegations", "/admin/departments",
                "/admin/departments/new", "/admin/departments/SCJG", "/admin/counters", "/admin/counters/new",
                "/admin/bad-credit", "/admin/messages"));
    }

    /** The hall: the display board, the clerk's calling panel, the applicant's appointments, the supervision panel. */
    @Test
    void the_hall_pages(HeadlessChromium chrome) throws Exception {
        check(chrome, null, List.of("/hall/board", "/hall/board?lang=en"));
        check(chrome, "clerk", List.of("/staff/hall", "/staff/hall?lang=en"));
        check(chrome, DEMO_APPLICANT, List.of("/portal/appointments", "/portal/appointments?type=A&date=2026-10-20"));
        check(chrome, "supervisor", List.of("/hall/wall"));
    }

    /**
     * The pages reached only after an action: an online application's pre-check form at the counter and its file
     * viewer, the counter's and the portal's forms returned with errors, a meeting's own page, and the confirmation of
     * a decision.
     */
    @Test
    void the_pages_reached_after_an_action(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        Map<String, List<String>> problems = new LinkedHashMap<>();

        chrome.logIn(DEMO_APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/cases/new?subject=XK-SCJG-001"));
        browser.findElement(By.id("delivery-express")).click();
        browser.findElement(By.cssSelector("button[name=mode][value=preCheck]")).click();
        chrome.waiting().until(d -> d.findElements(By.cssSelector("[role=alert]")).size() > 0);
        problemsHere(chrome, "portal form returned with errors", problems);
        Path png = Files.createTempFile("onevisit-a11y-", ".png");
        Files.write(png, PNG);
        browser.get(chrome.url("/portal/cases/new?subject=XK-SCJG-001"));
        browser.findElement(By.id("file_M1")).sendKeys(png.toString());
        browser.findElement(By.cssSelector("button[name=mode][value=preCheck]")).click();
        chrome.waiting().until(d -> d.getCurrentUrl().contains("submitted"));
        String online = browser.getCurrentUrl().replaceAll(".*/portal/cases/([^?]+).*", "$1");
        String file = browser.findElement(By.cssSelector(".material-files a")).getAttribute("href")
                .replaceAll(".*/files/", "");
        Files.delete(png);
        browser.manage().deleteAllCookies();

        chrome.logIn("clerk", PASSWORD);
        for (String page : List.of("/staff/counter/cases/" + online + "/pre-check",
                "/staff/counter/cases/" + online + "/pre-check?view=" + file)) {
            browser.get(chrome.url(page));
            problemsHere(chrome, page, problems);
        }
        browser.get(chrome.url("/staff/counter/new"));
        browser.findElement(By.id("receive-button")).click();
        chrome.waiting().until(d -> d.findElements(By.cssSelector(".field-error")).size() > 0);
        problemsHere(chrome, "counter form returned with errors", problems);
        browser.manage().deleteAllCookies();

        String number = anAcceptedCase();
        chrome.logIn("coordinator", PASSWORD);
        long meeting = aMeeting(number);
        browser.get(chrome.url("/staff/meetings/" + meeting));
        problemsHere(chrome, "/staff/meetings/" + meeting, problems);
        browser.manage().deleteAllCookies();

        chrome.logIn("scjg-chief", PASSWORD);
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        browser.findElement(By.cssSelector("form.on-the-spot button")).click();
        chrome.waiting().until(d -> d.findElements(By.cssSelector(".confirm-decision")).size() > 0);
        problemsHere(chrome, "decision confirmation", problems);

        assertThat(problems).as("serious or critical accessibility problems, and pages too wide for a phone").isEmpty();
    }

    @Test
    void the_rating_pages(HeadlessChromium chrome) throws Exception {
        String rateable = aCompletedCase();
        String rated = aCompletedCase();
        HttpResponse<String> bad = api("POST", "/api/v1/cases/" + rated + "/rating", DEMO_APPLICANT,
                "{\"grade\": \"DISSATISFIED\", \"reasons\": [\"EFFICIENCY\"], \"comment\": \"排队太久\"}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(201);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/rate/([A-Za-z0-9_-]{43})")
                .matcher(api("GET", "/api/v1/me/messages", DEMO_APPLICANT, null).body());
        assertThat(link.find()).isTrue();
        check(chrome, null, List.of("/ratings", "/ratings?lang=en", "/rate/" + link.group(1)));
        check(chrome, DEMO_APPLICANT, List.of("/portal/cases/" + rateable + "/rating",
                "/portal/cases/" + rateable + "/rating?lang=en", "/portal/cases/" + rated + "/rating"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "clerk", List.of("/staff/counter/rating-pad"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "scjg-chief", List.of("/staff/bad-ratings", "/staff/bad-ratings?lang=en"));
        chrome.browser().manage().deleteAllCookies();
        check(chrome, "supervisor", List.of("/staff/bad-ratings"));
    }

    @Test
    void the_postal_pages(HeadlessChromium chrome) throws Exception {
        long id = context.getBean(org.onevisit.postal.PostalItems.class).register(new org.onevisit.postal.NewMailItem(
                org.onevisit.postal.TrackingNumbers.anEmsNumber(), "中国邮政EMS",
                new org.onevisit.postal.Sender("无障碍寄件人", "13700008888", "示例市江北区邮政路 8 号"),
                java.time.LocalDate.parse("2026-10-19"), "个体工商户设立登记", "挂号信"), "clerk").id();
        check(chrome, "clerk", List.of("/staff/postal", "/staff/postal?state=REGISTERED", "/staff/postal/new",
                "/staff/postal/" + id, "/staff/postal/" + id + "?subject=XK-SCJG-001", "/staff/postal/" + id + "?subject=NO-SUCH",
                "/staff/postal/" + id + "?subject=XK-SCJG-001&lang=en"));
    }

    /** A case of the demo applicant decided on the spot and handed over at the counter: 办结. */
    private String aCompletedCase() throws IOException, InterruptedException {
        String number = anAcceptedCase();
        decideOnTheSpot(number);
        for (String step : List.of("pickup", "pickup/confirmation")) {
            HttpResponse<String> done = api("POST", "/api/v1/cases/" + number + "/delivery/" + step, "clerk", null);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        return number;
    }

    private HttpResponse<String> api(String method, String path, String username, String json)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(username)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
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
            problemsHere(chrome, page, problems);
        }
        assertThat(problems).as("serious or critical accessibility problems, and pages too wide for a phone").isEmpty();
    }

    /**
     * What axe finds on the page shown, and whether it is wider than a 390 px phone, added to {@code problems} under
     * {@code page}; the page is measured as shown, without loading it again (a form's answer cannot be).
     */
    private static void problemsHere(HeadlessChromium chrome, String page, Map<String, List<String>> problems)
            throws IOException {
        WebDriver browser = chrome.browser();
        assertThat(browser.findElements(By.tagName("main"))).as("%s has its main part", page).isNotEmpty();
        List<String> found = chrome.accessibilityProblems();
        if (!found.isEmpty()) {
            problems.put(page, new java.util.ArrayList<>(found));
        }
        // the page laid out again at a phone's width, as it is shown there (the media queries apply on resizing)
        browser.manage().window().setSize(new Dimension(390, 844));
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
        browser.manage().window().setSize(new Dimension(1366, 1000));
    }

    /** A joint review of the case by its two departments, convened by the coordinator through the API. */
    private long aMeeting(String number) throws IOException, InterruptedException {
        HttpResponse<String> convened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/cases/" + number + "/meetings"))
                .header("Authorization", basic("coordinator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kind": "JOINT_REVIEW", "at": "2026-10-27T02:00:00Z", "place": "三楼会商室",
                         "departments": ["SCJG", "ZJJ"]}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(convened.statusCode()).as(convened.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(convened.body()).get("id").asLong();
    }

    /** The chief representative decides the case's item on the spot: a decision document and a certificate. */
    private void decideOnTheSpot(String number) throws IOException, InterruptedException {
        HttpResponse<String> decided = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/cases/" + number + "/items/XK-SCJG-001/decision-on-the-spot"))
                .header("Authorization", basic("scjg-chief")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    }

    /** A spot check of SCJG's delegated decisions in September, opened by its head through the API: its id. */
    private long aSpotCheck() throws IOException, InterruptedException {
        new DelegatedDecisionsOnFile(context).decidedOn(11);
        HttpResponse<String> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/spot-checks"))
                .header("Authorization", basic("scjg-head")).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"department\": \"SCJG\", \"period\": \""
                        + DelegatedDecisionsOnFile.MONTH + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(opened.body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The demo applicant's complaint, accepted and routed to SCJG by the supervisor through the API. */
    private String aRoutedComplaint() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/complaints")).header("Authorization", basic(DEMO_APPLICANT))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel": "PORTAL", "category": "SERVICE_EFFICIENCY", "text": "窗口让我跑了两次。"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = JsonMapper.builder().build().readTree(created.body()).get("number").asString();
        for (String[] step : List.of(new String[] {"acceptance", "{\"version\": 0}"},
                new String[] {"routing", "{\"version\": 1, \"department\": \"SCJG\"}"})) {
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/complaints/" + number + "/" + step[0])).header("Authorization", basic("supervisor"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(step[1]))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        return number;
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
