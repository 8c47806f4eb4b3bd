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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
    void the_coordinator_convenes_a_joint_inspection_picking_the_departments_and_takes_the_roll() throws Exception {
        String number = CaseworkFixtures.accepted(intake, decisions).number().value();

        chrome.logInFirstTime(coordinator, "meet-pass-1", "Meet-pass-2");

        browser.findElement(By.linkText("会商与踏勘")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.meeting-form")));
        // the case is picked from the cases under review; its reviewing departments come ticked
        new Select(browser.findElement(By.cssSelector("form.meeting-case-pick select[name=case]"))).selectByValue(number);
        browser.findElement(By.cssSelector("form.meeting-case-pick button")).click();
        wait.until(ExpectedConditions.urlContains("case=" + number));
        assertThat(new Select(browser.findElement(By.name("caseNumber"))).getFirstSelectedOption().getText())
                .contains(number, "联合审查测试许可", "周*");
        assertThat(browser.findElement(By.cssSelector("input[name=departments][value=TRVA]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=departments][value=TRVB]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("fieldset.department-choices")).getText())
                .contains("测试部门TRVA", "测试部门TRVB");

        browser.findElement(By.cssSelector("input[value='JOINT_INSPECTION']")).click();
        // A datetime-local field takes its value as the browser's own format; set it the way a picker does.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=at]').value = '2026-12-22T14:00'");
        browser.findElement(By.name("place")).sendKeys("排污口现场");
        chrome.screenshot("coordinator-meeting-form");
        browser.findElement(By.cssSelector("form.meeting-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        WebElement day = browser.findElement(By.id("upcoming-2026-12-22"));
        assertThat(day.getText()).contains("2026年12月22日 星期二", "14:00", "排污口现场", number, "联合勘查",
                "联合审查测试许可", "测试部门TRVA", "测试部门TRVB", "出席 0，缺席 0，未登记 2");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('meetings-upcoming').scrollIntoView()");
        chrome.screenshot("coordinator-meetings");

        // at the inspection the coordinator takes the roll
        day.findElement(By.linkText("登记出席")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.attendance-form")));
        WebElement trva = browser.findElement(By.id("roll-TRVA"));
        trva.findElement(By.cssSelector("input[name=attended][value=true]")).click();
        trva.findElement(By.name("opinion")).sendKeys("现场与申报材料一致，同意");
        trva.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("测试部门TRVA");
        WebElement trvb = browser.findElement(By.id("roll-TRVB"));
        trvb.findElement(By.cssSelector("input[name=attended][value=false]")).click();
        trvb.findElement(By.name("absenceReason")).sendKeys("另有公务，书面意见另附");
        trvb.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".meeting-counts"), "出席 1，缺席 1，未登记 0"));
        assertThat(browser.findElement(By.cssSelector("section.roll")).getText()).contains("现场与申报材料一致，同意",
                "缺席理由：另有公务，书面意见另附");
        chrome.screenshot("coordinator-meeting-roll");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(chrome.url("/staff/meetings"));
            assertThat(browser.findElement(By.id("upcoming-2026-12-22")).getText()).contains("测试部门TRVA（出席）",
                    "测试部门TRVB（缺席）", "出席 1，缺席 1，未登记 0");
            assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            ((JavascriptExecutor) browser).executeScript("document.getElementById('meetings-upcoming').scrollIntoView()");
            chrome.screenshot("coordinator-meetings-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }
}
