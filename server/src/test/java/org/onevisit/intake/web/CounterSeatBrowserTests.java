package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.DelegatedDecisionsOnFile;
import org.onevisit.HeadlessChromium;
import org.onevisit.people.StaffCounters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The counter (窗口) in a real browser: the clerk chooses the counter they sit at today on the workbench, the cases
 * they receive there show it on their visits, and the supervisor reads the month's assessment by counter with its
 * chart; the administrator sees the clerk's counter on the staff pages (ADR 0038).
 */
@BrowserTest(windowHeight = 1300)
class CounterSeatBrowserTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffCounters counters;

    @Test
    void the_clerk_chooses_a_counter_and_the_supervisor_reads_the_assessment_by_counter(HeadlessChromium chrome)
            throws Exception {
        // the demo clerk sits at A01 from the demo's start: here they begin at no counter and choose it
        counters.seat("clerk", null, "admin", "WEB");
        try {
            WebDriver browser = chrome.browser();
            chrome.logIn("clerk", "demo1234");
            browser.get(chrome.url("/staff/counter"));
            assertThat(browser.findElement(By.id("counter-seat")).getText()).contains("本窗口", "未设置窗口");
            new Select(browser.findElement(By.id("seat-counter"))).selectByValue("A01");
            browser.findElement(By.cssSelector("#counter-seat button[type=submit]")).click();
            chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#counter-seat .seat-now"),
                    "A01号窗口"));
            assertThat(browser.findElement(By.cssSelector("p.notice.ok")).getText()).contains("本窗口已改为：A01号窗口");
            chrome.screenshot("counter-seat-chosen");
            assertThat(chrome.accessibilityProblems()).as("workbench with its counter").isEmpty();

            // cases received at A01 and decided in September
            DelegatedDecisionsOnFile decisions = new DelegatedDecisionsOnFile(context);
            String number = decisions.decidedOn(9);
            decisions.decidedOn(23);
            browser.get(chrome.url("/staff/counter/cases/" + number));
            assertThat(browser.findElement(By.cssSelector("td.visit-counter")).getText()).isEqualTo("A01号窗口");
            chrome.screenshot("counter-visit-on-case");

            browser.manage().deleteAllCookies();
            chrome.logIn("supervisor", "demo1234");
            browser.get(chrome.url("/evaluation/assessment?period=" + DelegatedDecisionsOnFile.MONTH));
            browser.findElement(By.id("by-counter")).click();
            chrome.waiting().until(ExpectedConditions.urlContains("by=counter"));
            chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-chart canvas")));
            String table = browser.findElement(By.id("assessment-table")).getText();
            assertThat(table).contains("窗口", "A01 综合受理窗口（企业开办与经营）", "政务服务管理办公室");
            assertThat(browser.findElement(By.id("counter-note")).getText()).contains("受理前第一次到窗口");
            assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href")).contains("by=counter");
            chrome.screenshot("assessment-counters");
            assertThat(chrome.accessibilityProblems()).as("assessment by counter").isEmpty();
            assertThat(chrome.contentSecurityPolicyViolations()).as("assessment by counter").isEmpty();

            // the administrator sees the clerk's counter on the staff list and on the account's page
            browser.manage().deleteAllCookies();
            chrome.logIn("admin", "demo1234");
            browser.get(chrome.url("/admin/staff"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("窗口", "A01");
            browser.get(chrome.url("/admin/staff/clerk"));
            assertThat(new Select(browser.findElement(By.id("counter"))).getFirstSelectedOption().getText())
                    .isEqualTo("A01 综合受理窗口（企业开办与经营）");
            chrome.screenshot("staff-counter-admin");
        } finally {
            // the demo clerk goes back to the demo's counter
            counters.seat("clerk", "A01", "admin", "WEB");
        }
    }
}
