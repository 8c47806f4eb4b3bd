package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.people.TestIdentities;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.json.JsonMapper;

/**
 * The keyboard alone, no mouse: a counter clerk logs in, skips to the page's content, opens a new case, types the
 * applicant and the item, marks the materials handed in, receives and accepts the case and opens its receipt, with
 * Tab, Shift+Tab, Enter, Space and typing only; and a citizen looks a case up on the public status page. Both go back
 * to the skip link, which takes them past the menu to the page's content. Every element the keyboard reaches shows
 * that it has the focus (an outline or a shadow), so a person without a mouse sees where they are.
 */
@BrowserTest(windowHeight = 1000)
class KeyboardJourneyBrowserTests {

    /** More Tabs than any page of the journey has stops before the one sought. */
    private static final int MOST_TABS = 80;

    @Value("${local.server.port}")
    int port;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void a_clerk_receives_a_case_and_prints_its_receipt_from_login_on_by_keyboard_alone() throws Exception {
        browser.get(chrome.url("/login"));
        assertThat(focused().getAttribute("id")).as("the account field has the focus").isEqualTo("username");
        type("clerk");
        tabTo("the password", e -> "password".equals(e.getAttribute("id")));
        type("demo1234" + Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/staff/counter$"));

        tabBackTo("the skip link", e -> "skip-link".equals(e.getAttribute("class")));
        press(Keys.ENTER);
        wait.until(d -> "content".equals(focused().getAttribute("id")));
        press(Keys.TAB);
        assertThat((Boolean) script("return document.getElementById('content').contains(document.activeElement);"))
                .as("after the skip link the next Tab is in the page's content, past the menu").isTrue();
        assertFocusShows("the first stop of the content");

        assertThat(focused().getAttribute("accesskey")).as("the content starts with 新建收件").isEqualTo("n");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/staff/counter/new"));
        assertThat(focused().getAttribute("id")).as("the form starts at the ID number").isEqualTo("identifier");
        type(TestIdentities.aResidentIdNumber());
        tabTo("the name", e -> "name".equals(e.getAttribute("id")));
        type("键盘甲");
        tabTo("the phone", e -> "phone".equals(e.getAttribute("id")));
        type("13800004321");
        shiftTab();
        assertThat(focused().getAttribute("id")).as("Shift+Tab goes back a field").isEqualTo("name");
        assertFocusShows("the name, reached backwards");
        tabTo("the item code", e -> "subject".equals(e.getAttribute("id")));
        type("XK-SCJG-001" + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intake-materials")));

        tabTo("全部已提交", e -> "all".equals(e.getAttribute("value")) && "step".equals(e.getAttribute("name")));
        press(Keys.SPACE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#missing .notice.ok")));
        tabTo("收件并生成办件", e -> "receive-button".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept-button")));
        String number = browser.getCurrentUrl().replaceAll(".*/staff/counter/cases/([^/?#]+).*", "$1");

        assertThat(focused().getAttribute("id")).as("a complete case opens with the focus on 受理").isEqualTo("accept-button");
        assertFocusShows("受理");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1 .case-status"), "已受理"));
        String counterWindow = browser.getWindowHandle();
        tabTo("打印受理通知书", e -> "打印受理通知书".equals(e.getText()));
        press(Keys.ENTER);
        wait.until(d -> d.getWindowHandles().size() == 2);
        String receiptWindow = browser.getWindowHandles().stream().filter(h -> !h.equals(counterWindow)).findFirst()
                .orElseThrow();
        browser.switchTo().window(receiptWindow);
        wait.until(ExpectedConditions.urlContains("/documents/receipt.pdf"));
        browser.close();
        browser.switchTo().window(counterWindow);

        assertThat(pdfText(chrome.url("/cases/" + number + "/documents/receipt.pdf")))
                .contains("受理通知书", "键盘甲", "申请材料齐全");
    }

    @Test
    void a_citizen_looks_a_case_up_on_the_status_page_by_keyboard_alone() throws Exception {
        String number = aCaseReceived("13800009876");
        browser.get(chrome.url("/status"));
        tabBackTo("the skip link", e -> "skip-link".equals(e.getAttribute("class")));
        press(Keys.ENTER);
        wait.until(d -> "content".equals(focused().getAttribute("id")));
        tabTo("the case number", e -> "caseNumber".equals(e.getAttribute("id")));
        type(number);
        tabTo("the phone's last four digits", e -> "lastFour".equals(e.getAttribute("id")));
        type("9876");
        tabTo("查询", e -> "submit".equals(e.getAttribute("type")));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-result")));
        assertThat(browser.findElement(By.cssSelector(".status-result")).getText()).contains(number);
    }

    /** Presses Tab until the focused element is the one sought, checking that every stop on the way shows its focus. */
    private void tabTo(String what, Predicate<WebElement> sought) {
        tabTo(what, () -> press(Keys.TAB), sought);
    }

    /** Presses Shift+Tab until the focused element is the one sought, each stop on the way showing its focus. */
    private void tabBackTo(String what, Predicate<WebElement> sought) {
        tabTo(what, this::shiftTab, sought);
    }

    private void tabTo(String what, Runnable step, Predicate<WebElement> sought) {
        for (int i = 0; i < MOST_TABS; i++) {
            step.run();
            WebElement now = focused();
            assertFocusShows(describe(now) + " on the way to " + what);
            if (sought.test(now)) {
                return;
            }
        }
        throw new AssertionError(what + " is not reached with " + MOST_TABS + " Tabs on " + browser.getCurrentUrl());
    }

    /** The focused element draws an outline or a shadow (or, for the menu's check box, its label does). */
    private void assertFocusShows(String where) {
        Boolean shows = (Boolean) script("""
                const shows = e => { const s = getComputedStyle(e);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
                const e = document.activeElement;
                if (!e || e === document.body) return false;
                if (shows(e)) return true;
                const label = e.id ? document.querySelector('label[for="' + e.id + '"]') : null;
                return label !== null && shows(label);""");
        assertThat(shows).as("the focus shows on %s (%s)", where, browser.getCurrentUrl()).isTrue();
    }

    private String describe(WebElement e) {
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + " name=" + e.getAttribute("name") + "> "
                + e.getText();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Shift held down while Tab is pressed (a chord sent as keys would press and release Shift first). */
    private void shiftTab() {
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String pdfText(String address) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** A case received at the counter through the API for an applicant with this phone: its number. */
    private String aCaseReceived(String phone) throws IOException, InterruptedException {
        String body = """
                {"channel": "COUNTER", "item": "XK-SCJG-001", "applicant": {"kind": "NATURAL_PERSON", "idNumber": "%s",
                 "name": "查询人", "phone": "%s"}}""".formatted(TestIdentities.aResidentIdNumber(), phone);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "clerk:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(created.body()).get("number").asString();
    }
}
