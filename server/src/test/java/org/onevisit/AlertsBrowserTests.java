package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.onevisit.casework.WatchedClock;
import org.onevisit.supervision.alerts.AlertLevel;
import org.onevisit.supervision.alerts.AlertTimers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 预警纠错 in the browser: a yellow card on a late review step of 市场监督管理局 reaches the department's head, who opens
 * 我的预警 from the menu, acknowledges it and answers it; a wrong answer (empty) is refused on the page; the supervisor
 * finds it answered on the list of every alert, filtered to yellow cards.
 */
@BrowserTest(windowHeight = 1400)
class AlertsBrowserTests {

    private static final String PASSWORD = "demo1234";

    @Autowired
    ApplicationContext context;

    @Test
    void the_head_acknowledges_and_answers_a_yellow_card_and_the_supervisor_sees_it_answered(HeadlessChromium chrome)
            throws Exception {
        String key = "browser-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String number = "330999-20261016-" + key;
        AlertTimers.raise(context, new WatchedClock(WatchedClock.Watched.STEP, key, number, "个体工商户设立登记", "SCJG",
                LocalDate.parse("2026-10-16"), false), AlertLevel.YELLOW);
        WebDriver browser = chrome.browser();

        chrome.logIn("scjg-head", PASSWORD);
        browser.get(chrome.url("/"));
        browser.findElement(By.linkText("我的预警")).click();
        // a department's head has many alerts: the list is narrowed to the case, and stays so after each action
        browser.findElement(By.name("caseNumber")).sendKeys(number);
        browser.findElement(By.cssSelector("form.filters button")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("caseNumber="));
        assertThat(browser.findElements(By.cssSelector("article.alert-entry"))).hasSize(1);
        WebElement card = alertOf(browser, number);
        assertThat(card.getText()).contains("黄牌", "个体工商户设立登记", "市场监督管理局", "待签收", "回复期限");
        card.findElement(By.cssSelector("form.inline button")).click();
        assertThat(notice(chrome, ".notice.ok")).isEqualTo("已签收。");
        card = alertOf(browser, number);
        assertThat(card.getText()).contains("已签收", "陈红");
        chrome.screenshot("alerts-yellow-acknowledged");

        // an answer of blanks: the browser lets it through only without its own check; the server refuses it too
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('textarea[name=answer]').forEach(t => t.removeAttribute('required'));");
        card.findElement(By.name("answer")).sendKeys("   ");
        card.findElement(By.cssSelector("form.decision button")).click();
        assertThat(notice(chrome, ".notice.error-box")).contains("须写明已采取的措施或原因");

        card = alertOf(browser, number);
        card.findElement(By.name("answer")).sendKeys("已责成审查人员当日出具意见，逾期原因为材料核验耗时");
        card.findElement(By.cssSelector("form.decision button")).click();
        assertThat(notice(chrome, ".notice.ok")).isEqualTo("已回复。");
        assertThat(alertOf(browser, number).getText()).contains("已回复", "材料核验耗时");
        assertThat(alertOf(browser, number).findElements(By.cssSelector("form"))).isEmpty();
        chrome.screenshot("alerts-yellow-answered");

        browser.manage().deleteAllCookies();
        chrome.logIn("supervisor", PASSWORD);
        browser.get(chrome.url("/"));
        browser.findElement(By.linkText("预警纠错")).click();
        new Select(browser.findElement(By.name("level"))).selectByVisibleText("黄牌");
        new Select(browser.findElement(By.name("department"))).selectByVisibleText("示例市市场监督管理局");
        browser.findElement(By.name("caseNumber")).sendKeys(number);
        browser.findElement(By.cssSelector("form.filters button")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("caseNumber="));
        WebElement row = browser.findElements(By.cssSelector("main tbody tr")).stream()
                .filter(r -> r.getText().contains(number)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("黄牌", "已回复", "材料核验耗时");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("红牌 ");
        chrome.screenshot("alerts-supervisor-list");
    }

    /** The page's notice once the page that answers a form has come. */
    private static String notice(HeadlessChromium chrome, String css) {
        return chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText();
    }

    private static WebElement alertOf(WebDriver browser, String number) {
        return browser.findElements(By.cssSelector("article.alert-entry")).stream()
                .filter(a -> a.getText().contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no alert on " + number + " in 我的预警"));
    }
}
