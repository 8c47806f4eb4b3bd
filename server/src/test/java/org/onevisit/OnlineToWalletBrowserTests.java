package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reform's promise for a citizen who applies online, told in the browser from the first page to the end: the demo
 * applicant (identity verified) applies for a company licence, filling in its one form (a wrong answer comes back
 * beside its field) with every material uploaded as a file, the counter sees the answers and accepts it remotely (网上受理), the chief representative decides it on the spot after confirming, and the licence is
 * in the applicant's wallet — without a single visit to the centre.
 */
@BrowserTest(windowHeight = 1400)
class OnlineToWalletBrowserTests {

    private static final String APPLICANT = "330999199003071233";
    private static final String PASSWORD = "demo1234";

    @Test
    void a_citizen_applies_online_and_finds_the_licence_in_the_wallet_with_no_visit(HeadlessChromium chrome)
            throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = chrome.waiting();
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] "
                + "/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));

        // the applicant: from the home page's 我要办 to the item's guide, its one form, every material as a file
        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/"));
        browser.findElement(By.id("q")).sendKeys("企业设立登记");
        browser.findElement(By.id("q")).submit();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("企业设立登记"))).click();
        browser.findElement(By.linkText("在线申请")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.one-form-apply")));
        // the item's one form (申请表): a capital below zero comes back beside its field, the other answers kept
        browser.findElement(By.id("form-companyName")).sendKeys("示例云帆科技有限公司");
        new Select(browser.findElement(By.id("form-companyType"))).selectByVisibleText("有限责任公司");
        browser.findElement(By.id("form-registeredCapital")).sendKeys("-5");
        browser.findElement(By.id("form-businessScope")).sendKeys("软件开发；信息技术咨询服务");
        browser.findElement(By.id("form-domicile")).sendKeys("示例市滨江区江南大道1号");
        browser.findElement(By.cssSelector("button[value='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-registeredCapital-error")));
        assertThat(browser.findElement(By.id("form-registeredCapital-error")).getText())
                .isEqualTo("“注册资本（万元）”不能小于 0。");
        assertThat(browser.findElement(By.id("form-companyName")).getAttribute("value")).isEqualTo("示例云帆科技有限公司");
        assertThat(new Select(browser.findElement(By.id("form-companyType"))).getFirstSelectedOption().getText())
                .isEqualTo("有限责任公司");
        chrome.screenshot("online-form-problem");
        browser.findElement(By.id("form-registeredCapital")).clear();
        browser.findElement(By.id("form-registeredCapital")).sendKeys("100");
        for (String key : new String[] {"M1", "M2", "M3", "M4", "M5", "M6"}) {
            browser.findElement(By.id("file_" + key)).sendKeys(pdf.toAbsolutePath().toString());
        }
        browser.findElement(By.cssSelector("button[value='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-number")));
        String number = browser.findElement(By.cssSelector(".case-number")).getText();
        chrome.screenshot("online-applied");
        browser.manage().deleteAllCookies();

        // the counter: the online case accepted remotely, the applicant not present
        chrome.logIn("clerk", PASSWORD);
        browser.get(chrome.url("/staff/counter/cases/" + number));
        assertThat(browser.findElement(By.cssSelector(".application-answers")).getText())
                .contains("企业名称", "示例云帆科技有限公司", "企业类型", "有限责任公司", "注册资本（万元）", "100");
        chrome.screenshot("online-answers-at-the-counter");
        assertThat(browser.findElement(By.id("present")).isSelected()).isFalse();
        browser.findElement(By.id("accept-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "已受理"));
        browser.manage().deleteAllCookies();

        // the chief representative decides on the spot, after a page that asks to confirm
        chrome.logIn("scjg-chief", PASSWORD);
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        assertThat(browser.findElement(By.cssSelector(".review-answers")).getText())
                .contains("住所", "示例市滨江区江南大道1号");
        browser.findElement(By.cssSelector("form.on-the-spot button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.confirm-form")));
        browser.findElement(By.cssSelector("form.confirm-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".decision-result")));
        assertThat(browser.findElement(By.cssSelector(".decision-result")).getText()).contains("准予");
        browser.manage().deleteAllCookies();

        // the applicant: the licence in 我的证照, the case without a visit
        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/certificates"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("营业执照", number);
        chrome.screenshot("online-wallet");
        browser.get(chrome.url("/portal/cases/" + number));
        assertThat(browser.findElement(By.cssSelector(".case-facts")).getText()).contains("跑动次数\n0");
        chrome.screenshot("online-case-decided");
        assertThat(chrome.accessibilityProblems()).isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }
}
