package org.onevisit.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.DelegatedDecisionsOnFile;
import org.onevisit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 绩效考核 in a real browser: the supervisor opens the assessment from the menu, sees September's table and the chart of
 * the ranking drawn over it, switches to the officials and to the quarter, and finds the report links; the page reads
 * the same in English; a department's head sees their own department's officials only.
 */
@BrowserTest(windowHeight = 1300)
class AssessmentBrowserTests {

    @Autowired
    ApplicationContext context;

    @Test
    void the_supervisor_reads_the_months_assessment_with_its_chart(HeadlessChromium chrome) throws Exception {
        DelegatedDecisionsOnFile decisions = new DelegatedDecisionsOnFile(context);
        decisions.decidedOn(8);
        decisions.decidedOn(22);

        WebDriver browser = chrome.browser();
        chrome.logIn("supervisor", "demo1234");
        browser.get(chrome.url("/staff"));
        browser.findElement(By.cssSelector("nav a[href$='/evaluation/assessment']")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("/evaluation/assessment"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("绩效考核");

        browser.get(chrome.url("/evaluation/assessment?period=" + DelegatedDecisionsOnFile.MONTH));
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-chart canvas")));
        String table = browser.findElement(By.id("assessment-table")).getText();
        assertThat(table).contains("市场监督管理局", "按时办结率");
        assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href"))
                .contains("/api/v1/assessment/report?period=2026-09&format=pdf");
        assertThat(browser.findElement(By.id("download-xlsx")).getAttribute("href")).contains("format=xlsx");
        chrome.screenshot("assessment-month");
        assertThat(chrome.accessibilityProblems()).as("assessment").isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).as("assessment").isEmpty();

        browser.findElement(By.linkText("按工作人员")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("by=official"));
        assertThat(browser.findElement(By.id("assessment-table")).getText()).contains("scjg-chief");
        chrome.screenshot("assessment-officials");

        browser.get(chrome.url("/evaluation/assessment?period=2026-Q3&lang=en"));
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-chart canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Performance assessment");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2026-Q3", "2026-07-01", "On time");
        chrome.screenshot("assessment-quarter-en");
        assertThat(chrome.accessibilityProblems()).as("assessment in English").isEmpty();

        browser.get(chrome.url("/evaluation/assessment?period=2026-13&lang=zh_CN"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("不是考核期");
        chrome.screenshot("assessment-bad-period");

        browser.manage().deleteAllCookies();
        chrome.logIn("scjg-head", "demo1234");
        browser.get(chrome.url("/evaluation/assessment?by=official&period=" + DelegatedDecisionsOnFile.MONTH));
        for (var cell : browser.findElements(By.cssSelector("#assessment-table tbody td:nth-child(3)"))) {
            assertThat(cell.getText()).contains("市场监督管理局");
        }
        chrome.screenshot("assessment-department-head");
    }
}
