package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.CorrectionsOnFile;
import org.onevisit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 纠错与容错 in a real browser: the head of market regulation, who leads its supervision group, follows the correction
 * from the spot check, takes the corrective decision (told when the amended outcome is missing); the chief
 * representative whose decision it was gives their statement on their own page; the head proposes, is refused an
 * exemption while a condition is not met, determines it with the four conditions; the chief appeals once; the head
 * decides the appeal.
 */
@BrowserTest(windowHeight = 1800)
class CorrectionPagesBrowserTests {

    @Autowired
    ApplicationContext context;

    HeadlessChromium chrome;
    WebDriver browser;
    long id;

    @BeforeEach
    void a_violation_found_in_septembers_check(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        id = new CorrectionsOnFile(context).at(CorrectionsOnFile.Stage.OPENED, 16);
    }

    @Test
    void the_group_corrects_the_official_is_heard_and_the_head_determines() throws Exception {
        long check = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT check_id FROM supervision_error_correction WHERE id = ?").param(id).query(Long.class).single();
        chrome.logIn("scjg-head", "demo1234");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("纠错与容错");
        browser.get(chrome.url("/supervision/spot-checks/" + check));
        browser.findElement(By.cssSelector("a[href$='/supervision/corrections/" + id + "']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/supervision/corrections/" + id);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("附加条件遗漏经营场所限制")
                .contains("待作出纠正决定");
        chrome.screenshot("correction-opened");

        // An amendment without its outcome is refused; then the decision's conditions are corrected.
        new Select(browser.findElement(By.id("action"))).selectByValue("AMEND");
        browser.findElement(By.id("corrective-text")).sendKeys("经营场所限于申请书所载地址");
        browser.findElement(By.id("cause-analysis")).sendKeys("当场决定时未核对经营场所");
        browser.findElement(By.cssSelector("#corrective form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problem"),
                "请选择变更后准予许可还是不予许可"));
        new Select(browser.findElement(By.id("outcome"))).selectByValue("APPROVE");
        browser.findElement(By.cssSelector("#corrective form button")).click();
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.id("corrective")).getText()).contains("变更决定").contains("当场决定时未核对经营场所");
        assertThat(browser.findElement(By.id("proposal")).getText()).contains("听取决定人陈述后");

        // The chief representative gives their statement on their own page.
        browser.manage().deleteAllCookies();
        chrome.logIn("scjg-chief", "demo1234");
        browser.get(chrome.url("/staff/corrections"));
        browser.findElement(By.id("statement-" + id)).sendKeys("试行首月，模板未列经营场所条件，已主动联系申请人");
        browser.findElement(By.cssSelector("#correction-" + id + " form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-" + id),
                "已主动联系申请人"));
        chrome.screenshot("correction-official-heard");

        // The head proposes, then determines: not while a condition is not met.
        browser.manage().deleteAllCookies();
        chrome.logIn("scjg-head", "demo1234");
        browser.get(chrome.url("/supervision/corrections/" + id));
        new Select(browser.findElement(By.id("excuse"))).selectByValue("true");
        browser.findElement(By.id("proposal-reasons")).sendKeys("先行先试中缺乏经验，无私利");
        browser.findElement(By.cssSelector("#proposal form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal"), "无私利"));
        browser.findElement(By.id("determination-procedureFollowed")).click();
        browser.findElement(By.id("determination-noPersonalGain")).click();
        browser.findElement(By.id("determination-noCollusion")).click();
        browser.findElement(By.id("matter")).sendKeys("当场决定附加条件遗漏");
        browser.findElement(By.id("situation")).sendKeys("改革先行先试中缺乏经验");
        new Select(browser.findElement(By.id("result"))).selectByValue("EXEMPTED");
        chrome.screenshot("correction-determination-form");
        browser.findElement(By.cssSelector("#determination form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-problem"), "四项容错条件须全部符合"));
        for (String condition : new String[] {"procedureFollowed", "noPersonalGain", "noCollusion",
                "correctedOnOwnInitiative"}) {
            browser.findElement(By.id("determination-" + condition)).click();
        }
        new Select(browser.findElement(By.id("result"))).selectByValue("EXEMPTED");
        browser.findElement(By.cssSelector("#determination form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("determination"), "免责"));
        assertThat(browser.findElement(By.id("determination")).getText()).contains("主动纠错、挽回损失");

        // The chief appeals once; the form is gone after.
        browser.manage().deleteAllCookies();
        chrome.logIn("scjg-chief", "demo1234");
        browser.get(chrome.url("/staff/corrections"));
        browser.findElement(By.id("grounds-" + id)).sendKeys("请求在认定中写明已主动纠错");
        browser.findElement(By.cssSelector("#correction-" + id + " form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-" + id),
                "待作出申诉决定"));
        assertThat(browser.findElements(By.id("grounds-" + id))).isEmpty();

        // The head decides the appeal: upheld.
        browser.manage().deleteAllCookies();
        chrome.logIn("scjg-head", "demo1234");
        browser.get(chrome.url("/supervision/corrections/" + id));
        for (String condition : new String[] {"procedureFollowed", "noPersonalGain", "noCollusion",
                "correctedOnOwnInitiative"}) {
            browser.findElement(By.id("appeal-" + condition)).click();
        }
        new Select(browser.findElement(By.id("appeal-result"))).selectByValue("EXEMPTED");
        browser.findElement(By.id("appeal-reasons")).sendKeys("维持免责认定");
        browser.findElement(By.cssSelector("#appeal form button")).click();
        chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal"), "维持免责认定"));
        chrome.screenshot("correction-excused");
        browser.get(chrome.url("/supervision/corrections?lang=en"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Corrections and excusal");
        chrome.screenshot("corrections-list-en");
    }
}
