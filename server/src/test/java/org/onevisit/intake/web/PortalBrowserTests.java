package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's whole way in the portal: logs in with the ID number, goes from the home page through the guide to an
 * item, fills the one form with real files (a PDF and a PNG made here) and the express address, asks for a pre-check,
 * sees its outcome and then the counter's remarks, finds the case in 我的办件 — and a case the counter filed under the
 * same ID number there too. Then the same pages on a phone 390 px wide, with no sideways scrolling. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1400)
class PortalBrowserTests {

    /** The demo applicant, whose identity counts as verified. */
    static final String DEMO_ID = "330999199003071233";

    /** A one-page PDF, as small as a valid one gets. */
    static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @Autowired
    CatalogEditing editing;

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions counter;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;
    Path pdf;
    Path png;

    @BeforeEach
    void a_browser_and_two_files_are_there(HeadlessChromium chrome) throws Exception {
        WorkbenchPagesTests.load(editing);
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
        Path folder = Files.createTempDirectory("portal-files");
        pdf = Files.writeString(folder.resolve("申请书.pdf"), PDF, StandardCharsets.US_ASCII);
        png = Files.write(folder.resolve("授权委托书.png"), PortalCasePagesTests.PNG);
    }

    @AfterEach
    void the_window_is_a_desktop_again() {
        browser.manage().window().setSize(new Dimension(1366, 1400));
    }

    @Test
    void a_citizen_applies_online_with_files_sees_the_pre_check_and_finds_every_case_of_their_id_number()
            throws IOException {
        chrome.logIn(DEMO_ID, "demo1234");
        wait.until(ExpectedConditions.urlContains("/portal"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("张三（演示）");
        assertThat(browser.findElement(By.partialLinkText("我的证照")).getAttribute("href")).endsWith("/portal/certificates");
        assertThat(browser.findElement(By.partialLinkText("消息")).getAttribute("href")).endsWith("/portal/messages");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("已核验").doesNotContain(DEMO_ID);
        chrome.screenshot("portal-landing");

        browser.get(chrome.url("/"));
        for (String entry : List.of("我要办", "一件事", "办件查询", "证照核验", "我的办件")) {
            assertThat(browser.findElement(By.cssSelector(".home-entries")).getText()).contains(entry);
        }
        chrome.screenshot("portal-home");
        browser.findElement(By.id("q")).sendKeys("受理台测试");
        browser.findElement(By.id("q")).submit();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("受理台测试许可"))).click();
        wait.until(ExpectedConditions.urlContains("/catalog/items/" + WorkbenchPagesTests.ITEM));
        browser.findElement(By.linkText("在线申请")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.one-form-apply")));
        assertThat(browser.findElement(By.cssSelector(".apply-subject")).getText()).isEqualTo("受理台测试许可");
        assertThat(browser.findElement(By.cssSelector(".upload-limit")).getText()).contains("每个文件不超过 20 MB");

        browser.findElement(By.id("file_M1")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("delivery-express")).click();
        browser.findElement(By.name("recipient")).sendKeys("张三");
        browser.findElement(By.name("deliveryPhone")).sendKeys("13800000001");
        browser.findElement(By.name("address")).sendKeys("示例市人民路 100 号 3 幢 201 室");
        chrome.screenshot("portal-apply-form");
        browser.findElement(By.cssSelector("button[value='preCheck']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pre-check-outcome")));
        String number = browser.findElement(By.cssSelector(".case-number")).getText();
        assertThat(browser.findElement(By.cssSelector(".pre-check-outcome")).getText())
                .contains("还缺少 1 项", "授权委托书", "窗口工作人员将审核");
        assertThat(browser.findElement(By.cssSelector(".case-materials")).getText()).contains("申请书.pdf");
        assertThat(browser.findElement(By.cssSelector(".delivery-chosen")).getText()).contains("快递送达")
                .doesNotContain("人民路 100 号 3 幢");
        chrome.screenshot("portal-case-pre-check");

        // the missing material, uploaded on the case page
        browser.findElement(By.cssSelector("input[aria-label='授权委托书']")).sendKeys(png.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("input[aria-label='授权委托书'] ~ button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pre-check-outcome"), "材料齐全"));
        assertThat(browser.findElement(By.cssSelector(".case-materials")).getText()).contains("授权委托书.png");

        // the counter's pre-check: what exactly to fix, shown to the applicant
        IntakeCase c = intake.find(number);
        counter.preCheck(number, Map.of("M1", "申请书第 2 页未签名，请签名后重新上传"), "请补正后到窗口递交",
                new CounterDecisions.Act("clerk", Channel.COUNTER, c.version()));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pre-check-outcome"), "请补正后到窗口递交"));
        assertThat(browser.findElement(By.cssSelector(".case-materials")).getText())
                .contains("申请书第 2 页未签名，请签名后重新上传");
        chrome.screenshot("portal-case-pre-checked");

        // a case the counter filed under the same ID number
        String atCounter = intake.submit(aCase().of(WorkbenchPagesTests.ITEM).on(Channel.COUNTER)
                .withApplicant(aPerson().identifiedBy(DEMO_ID).named("张三（演示）").withPhone("13800000001"))
                .providing("M1", "M2").build(), "clerk").number().value();
        assertThat(intake.find(atCounter).status()).isEqualTo(CaseStatus.RECEIVED);
        browser.get(chrome.url("/portal/cases"));
        String list = browser.findElement(By.cssSelector(".case-cards")).getText();
        assertThat(list).contains(number, atCounter, "综合窗口", "网上办事大厅");
        chrome.screenshot("portal-my-cases");
        browser.findElement(By.xpath("//li[.//span[text()='" + atCounter + "']]//a")).click();
        wait.until(ExpectedConditions.urlContains("/portal/cases/" + atCounter));
        assertThat(browser.findElement(By.cssSelector(".case-facts")).getText()).contains("综合窗口");

        // withdrawal of the online case, after a confirmation
        browser.get(chrome.url("/portal/cases/" + number));
        browser.findElement(By.cssSelector("a.withdraw-link")).click();
        wait.until(ExpectedConditions.urlContains("/withdraw"));
        chrome.screenshot("portal-withdraw-confirm");
        browser.findElement(By.id("reason")).sendKeys("材料需要重新准备");
        browser.findElement(By.cssSelector("button.danger")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "已撤回"));
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.WITHDRAWN);

        // the same pages on a phone
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/", "/portal", "/portal/cases", "/portal/cases/" + atCounter,
                "/portal/cases/" + number, "/portal/cases/new?subject=" + WorkbenchPagesTests.ITEM)) {
            browser.get(chrome.url(page));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
            assertThat(noSidewaysScroll()).as("no sideways scrolling on %s at 390 px", page).isTrue();
        }
        chrome.screenshot("portal-phone-apply");
        browser.get(chrome.url("/portal/cases"));
        chrome.screenshot("portal-phone-my-cases");
        browser.get(chrome.url("/"));
        chrome.screenshot("portal-phone-home");

        // in English, with the catalog's English names
        browser.manage().window().setSize(new Dimension(1366, 1400));
        browser.get(chrome.url("/portal/cases/new?subject=" + WorkbenchPagesTests.ITEM + "&lang=en"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Upload the materials", "Each file at most 20 MB", "Delivery by express");
        chrome.screenshot("portal-apply-en");
        browser.get(chrome.url("/portal/cases?lang=zh_CN"));
    }

    private boolean noSidewaysScroll() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
