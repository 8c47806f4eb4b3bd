package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.casework.TaskStatus;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Intake;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.TestIdentities;
import org.onevisit.people.TestOfficials;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every person of a house sale finishes their part in the browser: the buyer (the demo applicant) applies online for
 * the second-hand home transaction (YJS-BDCJY) on a phone, naming the seller — a row added and removed on the way
 * without script — and asks for the result by express; the counter accepts it; the clerk verifies the seller's
 * identity on the counter's page; the seller finds the case among their own and the acceptance text in their message
 * centre; once decided, the deliveries page has the buyer's address in the express form already.
 */
@BrowserTest(windowHeight = 1400)
class SeveralApplicantsBrowserTests {

    private static final String BUYER = "330999199003071233";
    private static final String PASSWORD = "demo1234";
    private static final String SELLER_PASSWORD = "Seller-Browser-2027";
    private static final String BUNDLE = "YJS-BDCJY";

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    Intake intake;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    StaffAccounts staff;

    @Test
    void the_buyer_names_the_seller_who_once_verified_sees_the_case_and_the_address_waits_at_the_deliveries(
            HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = chrome.waiting();
        String sellerId = TestIdentities.aResidentIdNumber();
        accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, sellerId, "卖方周", "13900008181", null,
                SELLER_PASSWORD));
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] "
                + "/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));

        // the buyer, on a phone: the one form asks for the seller; a row more and a row less, without script
        Dimension desk = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 1400));
        try {
            chrome.logIn(BUYER, PASSWORD);
            browser.get(chrome.url("/portal/cases/new?subject=" + BUNDLE));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.portal-applicants")));
            assertThat(browser.findElement(By.id("role")).getAttribute("value")).isEqualTo("buyer");
            browser.findElement(By.id("co_0_name")).sendKeys("卖方周");
            browser.findElement(By.id("co_0_identifier")).sendKeys(sellerId);
            browser.findElement(By.id("co_0_phone")).sendKeys("13900008181");
            browser.findElement(By.id("add-applicant")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("co_1_name")));
            assertThat(browser.findElement(By.id("co_0_name")).getAttribute("value")).isEqualTo("卖方周");
            browser.findElement(By.cssSelector("button[name='removeApplicant'][value='1']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("co_1_name")));
            assertThat(browser.findElement(By.id("co_0_identifier")).getAttribute("value")).isEqualTo(sellerId);
            scrollTo(browser, browser.findElement(By.cssSelector("section.portal-applicants")));
            chrome.screenshot("several-applicants-phone-rows");
            for (CaseMaterial m : intake.materialsOf(BUNDLE, true)) {
                browser.findElement(By.id("file_" + m.key())).sendKeys(pdf.toAbsolutePath().toString());
            }
            browser.findElement(By.id("delivery-express")).click();
            browser.findElement(By.name("recipient")).sendKeys("张三");
            browser.findElement(By.name("deliveryPhone")).sendKeys("13800001234");
            browser.findElement(By.name("address")).sendKeys("示例市滨江路 88 号 3 幢 1201 室");
            chrome.screenshot("several-applicants-phone-form");
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            browser.findElement(By.cssSelector("button[value='submit']:not(.visually-hidden)")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-number")));
        } finally {
            browser.manage().window().setSize(desk);
        }
        String number = browser.findElement(By.cssSelector(".case-number")).getText();
        assertThat(browser.findElement(By.cssSelector(".case-facts")).getText()).contains("（买方）", "（卖方）", "卖方周");
        browser.manage().deleteAllCookies();

        // the counter accepts it; the clerk verifies the seller's identity on the counter's page
        chrome.logIn("clerk", PASSWORD);
        browser.get(chrome.url("/staff/counter/cases/" + number));
        browser.findElement(By.id("accept-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "已受理"));
        browser.get(chrome.url("/staff/counter"));
        browser.findElement(By.id("identity-link")).click();
        browser.findElement(By.id("lookup")).sendKeys(sellerId);
        browser.findElement(By.id("lookup")).submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifier")));
        assertThat(browser.findElement(By.cssSelector(".identity-account")).getText()).contains("卖方周", "未核验")
                .doesNotContain(sellerId);
        browser.findElement(By.id("identifier")).sendKeys(sellerId);
        browser.findElement(By.id("seen")).click();
        chrome.screenshot("identity-check");
        browser.findElement(By.id("verify-identity")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("已核验", "卖方周");
        browser.manage().deleteAllCookies();

        // the seller: the case among their own, the acceptance text in the message centre
        chrome.logIn(sellerId, SELLER_PASSWORD);
        browser.get(chrome.url("/portal/cases"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number);
        browser.get(chrome.url("/portal/messages"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number, "已受理", "139****8181");
        chrome.screenshot("seller-messages");
        browser.manage().deleteAllCookies();

        // decided by every department, the result waits at the deliveries with the buyer's address filled in
        for (int stage = 0; stage < 3; stage++) {
            for (ReviewTask t : reviewing.ofCase(number).stream().filter(t -> t.status() == TaskStatus.OPEN).toList()) {
                reviewing.decide(t.id(), Opinion.CONSENT, "", TestOfficials.of(staff, t.department()), null);
            }
        }
        for (var item : intake.find(number).application().items()) {
            deciding.decide(number, item.code(), true, "", TestOfficials.of(staff, item.department()));
        }
        chrome.logIn("clerk", PASSWORD);
        browser.get(chrome.url("/staff/deliveries"));
        WebElement row = browser.findElement(By.xpath("//tr[td/a[normalize-space()='" + number + "']]"));
        assertThat(row.getText()).contains("申请人网上选择", "张*", "138****1234");
        assertThat(row.findElement(By.name("recipient")).getAttribute("value")).isEqualTo("张三");
        assertThat(row.findElement(By.name("phone")).getAttribute("value")).isEqualTo("13800001234");
        assertThat(row.findElement(By.name("address")).getAttribute("value")).isEqualTo("示例市滨江路 88 号 3 幢 1201 室");
        scrollTo(browser, row);
        chrome.screenshot("deliveries-prefilled");
        assertThat(chrome.accessibilityProblems()).isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }

    private static void scrollTo(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", element);
    }
}
