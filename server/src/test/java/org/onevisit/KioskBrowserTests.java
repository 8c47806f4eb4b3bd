package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The kiosk (自助终端) in the browser, at a kiosk's portrait screen (1080×1920) and a landscape one (1920×1080):
 * enrolled by the administrator, it reads the demo ID card, finds 居民身份证换领 by touching 公安局, takes the scanned
 * papers and the phone typed on the number pad for a pre-check; then a handheld scanner "types" the receipt's QR
 * code and the number pad the phone's last four digits, and the status shows. Left alone, it counts down and returns
 * to the start by itself (a short idle time here). 取号 takes a ticket of type A by touch. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1920)
@TestPropertySource(properties = {"onevisit.kiosk.idle-timeout=16s", "onevisit.kiosk.idle-warning=10s"})
class KioskBrowserTests {

    private static final String PASSWORD = "demo1234";

    @Test
    void a_resident_uses_the_kiosk_by_touch_alone(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = chrome.waiting();
        enrol(chrome);

        browser.manage().window().setSize(new Dimension(1080, 1920));
        browser.get(chrome.url("/kiosk"));
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-portrait-start");
        browser.findElement(By.id("tile-identify")).click();
        wait.until(ExpectedConditions.urlContains("/kiosk/me"));
        assertThat(browser.findElement(By.id("kiosk-person")).getText()).contains("张***").contains("********1233");
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-portrait-identified");

        browser.findElement(By.id("kiosk-start-precheck")).click();
        browser.findElement(By.linkText("示例市公安局")).click();
        browser.findElement(By.partialLinkText("居民身份证换领")).click();
        chrome.screenshot("kiosk-portrait-guide");
        browser.findElement(By.id("kiosk-precheck")).click();
        Path scan = Files.createTempFile("kiosk-scan", ".pdf");
        Files.writeString(scan, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% 户口簿\n%%EOF\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("file_M1")).sendKeys(scan.toString());
        for (char digit : "13912340042".toCharArray()) {
            browser.findElement(By.cssSelector("[data-pad-for=kiosk-phone] [data-key='" + digit + "']")).click();
        }
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-portrait-precheck");
        browser.findElement(By.id("kiosk-precheck-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-created")));
        String number = browser.findElement(By.id("kiosk-created")).getText().replaceAll(".*?(\\d{6}-\\d{8}-\\d{5,}).*", "$1");
        chrome.screenshot("kiosk-portrait-precheck-sent");
        browser.findElement(By.cssSelector("#kiosk-end button")).click();

        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(chrome.url("/kiosk/status"));
        chrome.screenshot("kiosk-landscape-scan");
        new Actions(browser).sendKeys(chrome.url("/status?case=" + number) + "\n").perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-last-four")));
        for (char digit : "0042".toCharArray()) {
            browser.findElement(By.cssSelector("[data-pad-for=kiosk-last-four] [data-key='" + digit + "']")).click();
        }
        chrome.screenshot("kiosk-landscape-last-four");
        browser.findElement(By.cssSelector("#kiosk-lookup button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-status-result")));
        assertThat(browser.findElement(By.id("kiosk-status-result")).getText()).contains(number).contains("网上预审");
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-landscape-status");

        wait.withTimeout(java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle")));
        chrome.screenshot("kiosk-landscape-idle-warning");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-status")));
        assertThat(browser.getCurrentUrl()).endsWith("/kiosk");
        chrome.screenshot("kiosk-landscape-start-after-idle");
        browser.findElement(By.cssSelector(".kiosk-lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "What would you like to do?"));
        chrome.screenshot("kiosk-landscape-start-en");
    }

    /**
     * 取号 on the portrait screen: the hall's counter types as big buttons with their queues; a touch on type A takes
     * a ticket, and its number, the people ahead and the estimated wait show in very large type.
     */
    @Test
    void a_resident_takes_a_ticket_by_touch(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = chrome.waiting();
        enrol(chrome);
        browser.manage().window().setSize(new Dimension(1080, 1920));
        browser.get(chrome.url("/kiosk"));
        browser.findElement(By.id("tile-ticket")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.kiosk-type[data-type=A]")));
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-portrait-ticket");

        browser.findElement(By.cssSelector("button.kiosk-type[data-type=A]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-ticket-number")));
        assertThat(browser.findElement(By.id("kiosk-ticket-number")).getText()).matches("A\\d{3,}");
        assertThat(browser.findElement(By.id("kiosk-ticket-ahead")).getText()).contains("前面还有");
        assertThat(chrome.accessibilityProblems()).isEmpty();
        chrome.screenshot("kiosk-portrait-ticket-taken");
    }

    /** The administrator enrols this browser as KIOSK-01, then signs out: the browser is a kiosk. */
    private static void enrol(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        chrome.logIn("admin", PASSWORD);
        browser.get(chrome.url("/admin/kiosks"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-enrolled")));
        browser.manage().deleteCookieNamed("JSESSIONID");
    }
}
