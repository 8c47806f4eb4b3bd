package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.onevisit.people.TestIdentities;
import org.onevisit.postal.TrackingNumbers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 邮寄收件 in the browser: the clerk opens the post from the counter's workbench, registers a letter — a mistyped
 * tracking number, a missing sender and a number registered twice are each refused beside their field — then scans its
 * materials into a case and accepts it on the workbench, where it shows as a case by post with no visit.
 */
@BrowserTest(windowHeight = 1600)
class PostalBrowserTests {

    private static final String PASSWORD = "demo1234";
    private static final String ITEM = "XK-ZRZY-003";

    @Test
    void the_clerk_registers_a_letter_scans_it_into_a_case_and_accepts_it_with_no_visit(HeadlessChromium chrome)
            throws Exception {
        WebDriver browser = chrome.browser();
        chrome.logIn("clerk", PASSWORD);
        browser.get(chrome.url("/staff/counter"));
        browser.findElement(By.id("postal-link")).click();
        browser.findElement(By.id("register-link")).click();

        String tracking = TrackingNumbers.anEmsNumber();
        fill(browser, "trackingNumber", TrackingNumbers.withWrongCheckDigit(tracking));
        fill(browser, "senderName", "邮寄申请人");
        fill(browser, "senderPhone", "13700005555");
        fill(browser, "appliedFor", "建设工程规划许可证核发");
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        assertThat(errorOf(chrome, "senderAddress")).contains("请填写寄件人地址");
        fill(browser, "senderAddress", "示例市江北区邮政路 12 号 2 单元 301 室");
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        assertThat(errorOf(chrome, "trackingNumber")).contains("校验位不正确");
        assertThat(browser.findElement(By.id("senderName")).getAttribute("value")).as("the input is kept").isEqualTo("邮寄申请人");
        chrome.screenshot("postal-register-refused");

        fill(browser, "trackingNumber", tracking);
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        assertThat(notice(chrome, ".notice.ok")).contains(tracking, "已登记");
        assertThat(browser.findElement(By.id("item-state")).getText()).isEqualTo("已登记");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("137****5555").doesNotContain("2 单元 301");
        String itemPage = browser.getCurrentUrl();

        browser.get(chrome.url("/staff/postal/new"));
        fill(browser, "trackingNumber", tracking);
        fill(browser, "senderName", "另一寄件人");
        fill(browser, "senderPhone", "13700006666");
        fill(browser, "senderAddress", "示例市江南区另一路 3 号");
        fill(browser, "appliedFor", "建设工程规划许可证核发");
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        assertThat(errorOf(chrome, "trackingNumber")).contains("已登记过");

        browser.get(itemPage);
        fill(browser, "subject-load", ITEM);
        browser.findElement(By.cssSelector("form.filters button")).click();
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("LEGAL");
        fill(browser, "identifier", TestIdentities.aCreditCode());
        fill(browser, "name", "示例邮寄建设有限公司");
        fill(browser, "legalRepresentative", "邮寄申请人");
        Path scan = Files.createTempFile("postal-scan-", ".pdf");
        Files.write(scan, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        for (WebElement file : browser.findElements(By.cssSelector("#case-form input[type=file]"))) {
            file.sendKeys(scan.toAbsolutePath().toString());
        }
        chrome.screenshot("postal-item-scanning");
        browser.findElement(By.id("create-case")).click();

        assertThat(notice(chrome, ".notice.ok")).contains("邮寄，不计跑动");
        WebElement main = browser.findElement(By.tagName("main"));
        assertThat(main.getText()).contains("邮寄");
        WebElement created = browser.findElement(By.cssSelector(".notice.ok"));
        browser.findElement(By.cssSelector("#accept-form button[type=submit]")).click();
        // the case page's notice of its creation goes with the page; the acceptance's notice comes with the next
        chrome.waiting().until(ExpectedConditions.stalenessOf(created));
        assertThat(notice(chrome, ".notice.ok")).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".visit-count")).getText()).isEqualTo("0");
        chrome.screenshot("postal-case-accepted");

        browser.get(chrome.url("/staff/postal?state=CASE_CREATED"));
        WebElement row = browser.findElement(By.cssSelector("tr[data-tracking='" + tracking + "']"));
        assertThat(row.getText()).contains("已建件", "邮*");
        chrome.screenshot("postal-items");
        Files.deleteIfExists(scan);
    }

    private static void fill(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static String errorOf(HeadlessChromium chrome, String field) {
        return chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(field + "-error"))).getText();
    }

    private static String notice(HeadlessChromium chrome, String css) {
        return chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText();
    }
}
