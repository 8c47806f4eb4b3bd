package org.onevisit.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.StringReader;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.TestCatalogs;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor in a real browser: the dashboard draws its charts over the tables of the same figures, a figure opens
 * the reviews it counts, and the wall screen follows a new review by a server-sent event without being reloaded.
 */
@BrowserTest(windowHeight = 1400)
class DashboardBrowserTests {

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    DashboardStream stream;

    HeadlessChromium chrome;
    WebDriver browser;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
    }

    private String department() {
        int n = ThreadLocalRandom.current().nextInt(20000, 90000);
        String code = "DW" + n;
        String yaml = "format: onevisit-catalog/1\ndepartments:\n" + TestCatalogs.department(code, n) + "items:\n"
                + TestCatalogs.item("XK-" + code + "-001", "大屏测试许可", "ADMINISTRATIVE_LICENCE", code, 20, 5);
        catalog.importCatalog(YamlCatalogReader.read(new StringReader(yaml)), "test");
        return code;
    }

    private String accepted(String department) {
        String number = intake.submit(aCase().of("XK-" + department + "-001")
                .withApplicant(aPerson().named("孙八").withPhone("13300006666")).providing("M1", "M2").build(), "clerk")
                .number().value();
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    @Test
    void the_dashboard_opens_each_figure_and_the_wall_follows_a_new_review_live() throws Exception {
        String department = department();
        String first = accepted(department);

        chrome.logIn("supervisor", "demo1234");
        browser.get(chrome.url("/supervision/dashboard"));
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lights-chart canvas")));
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("电子监察");
        chrome.screenshot("supervision-dashboard");
        assertThat(chrome.accessibilityProblems()).as("dashboard").isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).as("dashboard").isEmpty();

        browser.findElement(By.cssSelector("a[href*='figure=GREEN'][href*='department=" + department + "']")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("/supervision/dashboard/reviews"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("绿灯：期限内的审查").contains(first);
        chrome.screenshot("supervision-dashboard-green");

        browser.get(chrome.url("/supervision/wall"));
        chrome.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("main.wall"), "data-updates", "1"));
        By open = By.cssSelector("[data-figure='openReviews']");
        int before = Integer.parseInt(browser.findElement(open).getText());
        String row = "tr[data-department='" + department + "'] td[data-light='green']";
        assertThat(browser.findElement(By.cssSelector(row)).getText()).isEqualTo("1");

        accepted(department);
        stream.refresh();
        chrome.waiting().until(ExpectedConditions.textToBe(open, String.valueOf(before + 1)));
        chrome.waiting().until(ExpectedConditions.textToBe(By.cssSelector(row), "2"));
        assertThat(browser.findElement(By.id("wall-live")).getText()).isEqualTo("实时更新中");
        chrome.screenshot("supervision-wall");
        assertThat(chrome.accessibilityProblems()).as("wall").isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).as("wall").isEmpty();

        assertThat(stream.subscribers()).isPositive();
        stream.stop();
        assertThat(stream.subscribers()).as("a node shutting down closes the screens' connections first").isZero();
        stream.start();
    }
}
