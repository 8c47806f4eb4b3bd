package org.onevisit.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.casework.CaseworkFixtures;
import org.onevisit.casework.Reviewing;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.TestIdentities;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator in a real browser: from the staff navigation to the schedule, a joint inspection convened. */
@BrowserTest(windowHeight = 1000)
class MeetingPagesBrowserTests {

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

    String coordinator;
    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) throws Exception {
        CaseworkFixtures.load(catalog, staff);
        coordinator = TestIdentities.aUsername("coordinator");
        staff.open(new NewStaffMember(coordinator, "协调员 浏览器", null, Set.of(StaffRole.COORDINATOR), "meet-pass-1"));
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void the_coordinator_convenes_a_joint_inspection_from_the_staff_navigation() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        chrome.logInFirstTime(coordinator, "meet-pass-1", "Meet-pass-2");

        browser.findElement(By.linkText("会商与踏勘")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.meeting-form")));
        browser.findElement(By.name("caseNumber")).sendKeys(number);
        browser.findElement(By.cssSelector("input[value='JOINT_INSPECTION']")).click();
        // A datetime-local field takes its value as the browser's own format; set it the way a picker does.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=at]').value = '2026-12-22T14:00'");
        browser.findElement(By.name("place")).sendKeys("排污口现场");
        browser.findElement(By.name("departments")).sendKeys("TRVA、TRVB");
        browser.findElement(By.cssSelector("form.meeting-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.id("meetings-upcoming")).getText()).contains("2026-12-22 14:00", "排污口现场",
                number, "联合勘查");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('meetings-upcoming').scrollIntoView()");
        chrome.screenshot("coordinator-meetings");
    }
}
