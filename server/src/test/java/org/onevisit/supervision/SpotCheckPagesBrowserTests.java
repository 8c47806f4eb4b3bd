package org.onevisit.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.DelegatedDecisionsOnFile;
import org.onevisit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The head of market regulation in a real browser: after logging in they land on their department's spot checks, see
 * their supervision group, open September's check, follow a sampled case to its review page, record a finding, are told
 * when a flaw has no notes, and read the public verification of the sample.
 */
@BrowserTest(windowHeight = 1400)
class SpotCheckPagesBrowserTests {

    @Autowired
    ApplicationContext context;

    HeadlessChromium chrome;
    WebDriver browser;

    @BeforeEach
    void decisions_under_delegation_in_september(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        DelegatedDecisionsOnFile decisions = new DelegatedDecisionsOnFile(context);
        decisions.decidedOn(8);
        decisions.decidedOn(21);
    }

    @Test
    void the_head_opens_the_months_check_follows_a_case_and_records_a_finding() throws Exception {
        chrome.logIn("scjg-head", "demo1234");
        assertThat(browser.getCurrentUrl()).endsWith("/supervision/spot-checks");
        assertThat(browser.findElement(By.id("group-SCJG")).getText()).contains("陈红").contains("刘洋");
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("抽查");

        browser.findElement(By.id("period")).sendKeys(DelegatedDecisionsOnFile.MONTH);
        browser.findElement(By.id("rate")).sendKeys("0.4");
        browser.findElement(By.cssSelector("#open-check button")).click();
        assertThat(browser.findElement(By.id("form-problem")).getText()).contains("不得低于50%");

        browser.findElement(By.id("period")).clear();
        browser.findElement(By.id("period")).sendKeys(DelegatedDecisionsOnFile.MONTH);
        browser.findElement(By.id("rate")).clear();
        browser.findElement(By.cssSelector("#open-check button")).click();
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
        String checkPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("verification")).getText()).contains("复算样本与记录样本一致");
        List<WebElement> sampled = browser.findElements(By.cssSelector("table.sample tbody tr"));
        assertThat(sampled).isNotEmpty();
        chrome.screenshot("spot-check-opened");

        String caseNumber = sampled.get(0).findElement(By.cssSelector("td a")).getText();
        sampled.get(0).findElement(By.cssSelector("td a")).click();
        assertThat(browser.getCurrentUrl()).contains("/staff/reviews/cases/" + caseNumber);
        browser.get(checkPage);

        WebElement row = browser.findElements(By.cssSelector("table.sample tbody tr")).get(0);
        new Select(row.findElement(By.cssSelector("select[name=verdict]"))).selectByValue("FLAWED");
        row.findElement(By.cssSelector(".finding-form button")).click();
        assertThat(browser.findElement(By.id("form-problem")).getText()).contains("须填写检查意见");

        row = browser.findElements(By.cssSelector("table.sample tbody tr")).get(0);
        new Select(row.findElement(By.cssSelector("select[name=verdict]"))).selectByValue("COMPLIANT");
        row.findElement(By.cssSelector(".finding-form button")).click();
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("已记录检查结论");
        assertThat(browser.findElements(By.cssSelector("table.sample tbody tr")).get(0).getText()).contains("合规");
        chrome.screenshot("spot-check-finding");
    }
}
