package org.onevisit.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.Reviewing;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A joint department's reviewer in a real browser: the inbox with its lights and the tag of an open alert, the case
 * page, an opinion given and the history. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1400)
class ReviewPagesBrowserTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    Reviewing reviewing;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    @Autowired
    org.springframework.context.ApplicationContext context;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) throws Exception {
        ReviewPagesTests.load(catalog, staff);
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void a_reviewer_opens_a_case_from_the_inbox_and_gives_an_opinion() throws Exception {
        String number = ReviewPagesTests.acceptedCase(intake, decisions, reviewing);
        String other = ReviewPagesTests.acceptedCase(intake, decisions, reviewing);
        // the step of TRVB on the first case has a yellow card (黄牌) not yet answered: its row carries the tag
        long step = reviewing.ofCase(number).stream().filter(t -> t.department().equals("TRVB")).findFirst()
                .orElseThrow().id();
        org.onevisit.supervision.alerts.AlertTimers.raise(context, new org.onevisit.casework.WatchedClock(
                org.onevisit.casework.WatchedClock.Watched.STEP, String.valueOf(step), number, "测试事项", "TRVB",
                java.time.LocalDate.parse("2026-11-02"), false), org.onevisit.supervision.alerts.AlertLevel.YELLOW);
        reviewing.decide(reviewing.ofCase(other).stream().filter(t -> t.department().equals("TRVB")).findFirst()
                .orElseThrow().id(), Opinion.CORRECTION, "补充排水设计图", "reviewer-trvb", null);

        String reviewer = TestIdentities.aUsername("reviewer");
        staff.open(new NewStaffMember(reviewer, "审查员 TRVB", "TRVB", Set.of(StaffRole.REVIEWER), "review-pass-1"));
        chrome.logInFirstTime(reviewer, "review-pass-1", "Review-pass-2");

        browser.get(chrome.url("/staff/reviews"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.review-inbox")));
        assertThat(browser.findElement(By.linkText(number)).findElement(By.xpath("..")).getText()).contains("黄牌");
        assertThat(browser.findElement(By.linkText(other)).findElement(By.xpath("..")).getText()).doesNotContain("黄牌");
        chrome.screenshot("review-inbox");

        browser.findElement(By.linkText(number)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.opinion-form")));
        chrome.screenshot("review-case");

        browser.findElement(By.cssSelector("input[value='CONSENT_WITH_CONDITIONS']")).click();
        browser.findElement(By.name("text")).sendKeys("开工前报送排水方案");
        browser.findElement(By.cssSelector("form.opinion-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector("table.review-tasks")).getText()).contains("附条件同意", "开工前报送排水方案");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('table.review-timeline').scrollIntoView()");
        chrome.screenshot("review-case-answered");

        browser.get(chrome.url("/staff/reviews/cases/" + number + "?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "History"));
        chrome.screenshot("review-case-en");
    }
}
