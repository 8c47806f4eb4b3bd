package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.Intake;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk at the counter with only the keyboard: a mistyped ID number is pointed out, then the applicant, the
 * item and the materials are entered and the complete case is received and accepted. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1300)
class WorkbenchPagesBrowserTests {

    @Autowired
    CatalogEditing editing;

    @Autowired
    Intake intake;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) throws Exception {
        WorkbenchPagesTests.load(editing);
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void a_clerk_receives_and_accepts_a_complete_case_with_the_keyboard() throws IOException {
        chrome.logIn("clerk", "demo1234");

        browser.get(chrome.url("/staff/counter"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[accesskey='n']")));
        chrome.screenshot("workbench-list");
        focused().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/staff/counter/new"));
        assertThat(focused().getAttribute("id")).isEqualTo("identifier");

        String id = WorkbenchPagesTests.anIdNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        focused().sendKeys(wrong, Keys.TAB, "王小红", Keys.TAB, "13800135678", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifier-error")));
        assertThat(browser.findElement(By.id("identifier-error")).getText()).contains("校验码不符");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("王小红");
        chrome.screenshot("workbench-new-error");

        WebElement identifier = focused();
        assertThat(identifier.getAttribute("id")).isEqualTo("identifier");
        identifier.sendKeys(Keys.chord(Keys.CONTROL, "a"), id);
        // name, phone, legal representative, agent, search, item code
        identifier.sendKeys(Keys.TAB);
        for (int i = 0; i < 5; i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertThat(focused().getAttribute("id")).isEqualTo("subject");
        focused().sendKeys(WorkbenchPagesTests.ITEM, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-materials")));
        assertThat(browser.findElement(By.id("missing")).getText()).contains("尚缺 2 项材料");
        chrome.screenshot("workbench-new-checklist");

        assertThat(focused().getAttribute("id")).isEqualTo("material_M1");
        focused().sendKeys(Keys.ARROW_UP);
        focused().sendKeys(Keys.TAB);
        focused().sendKeys(Keys.ARROW_UP);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("missing"), "材料齐全"));
        chrome.screenshot("workbench-new-complete");

        focused().sendKeys(Keys.TAB);
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("receive-button");
        focused().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/staff/counter/cases/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-button")));
        String number = browser.getCurrentUrl().replaceAll(".*/cases/", "");
        chrome.screenshot("workbench-case-received");

        assertThat(focused().getAttribute("id")).isEqualTo("accept-button");
        focused().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1 .case-status"), "已受理"));
        chrome.screenshot("workbench-case-accepted");
        assertThat(intake.find(number).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(browser.findElement(By.linkText("打印受理通知书")).getAttribute("target")).isEqualTo("_blank");
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }
}
