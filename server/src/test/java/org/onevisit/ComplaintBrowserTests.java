package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A complaint answered, in the browser: the demo applicant complains from the portal's landing page; the supervisor
 * finds it among the complaints awaiting acceptance, accepts it and routes it to 市场监督管理局 picked by name; the
 * department's head answers it from 部门投诉; the supervisor closes it with the result, and the applicant reads the
 * result and the text messages on the complaint's page.
 */
@BrowserTest(windowHeight = 1400)
class ComplaintBrowserTests {

    private static final String APPLICANT = "330999199003071233";
    private static final String PASSWORD = "demo1234";

    @Test
    void a_complaint_answered_through_the_pages(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = chrome.waiting();

        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal"));
        browser.findElement(By.linkText("我的投诉")).click();
        browser.findElement(By.linkText("我要投诉")).click();
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("服务态度");
        browser.findElement(By.id("text")).sendKeys("浏览器故事：窗口人员态度生硬，不解释所缺材料。");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 .case-number")));
        String number = browser.findElement(By.cssSelector("h1 .case-number")).getText();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("待受理");
        chrome.screenshot("complaint-submitted");
        browser.manage().deleteAllCookies();

        chrome.logIn("supervisor", PASSWORD);
        browser.get(chrome.url("/supervision/complaints?state=RECEIVED"));
        browser.findElement(By.linkText(number)).click();
        browser.findElement(By.xpath("//button[text()='受理']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("department")));
        new Select(browser.findElement(By.id("department"))).selectByVisibleText("示例市市场监督管理局");
        browser.findElement(By.xpath("//button[text()='转办']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已转办，待部门答复"));
        chrome.screenshot("complaint-routed");
        browser.manage().deleteAllCookies();

        chrome.logIn("scjg-head", PASSWORD);
        browser.get(chrome.url("/staff"));
        browser.findElement(By.linkText("部门投诉")).click();
        browser.findElement(By.linkText(number)).click();
        browser.findElement(By.id("answer")).sendKeys("经核查属实，已对窗口人员批评教育，并一次性告知所缺材料。");
        browser.findElement(By.xpath("//button[text()='提交答复']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "部门已答复"));
        browser.manage().deleteAllCookies();

        chrome.logIn("supervisor", PASSWORD);
        browser.get(chrome.url("/supervision/complaints/" + number));
        browser.findElement(By.id("result")).sendKeys("投诉属实，已责令整改并向您致歉。");
        browser.findElement(By.xpath("//button[text()='办结']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已办结"));
        browser.manage().deleteAllCookies();

        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/complaints/" + number));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("已办结", "投诉属实，已责令整改并向您致歉。", "已受理，将转有关部门办理")
                .doesNotContain("批评教育");
        chrome.screenshot("complaint-closed");
    }
}
