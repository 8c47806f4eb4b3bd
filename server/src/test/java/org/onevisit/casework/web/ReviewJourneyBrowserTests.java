package org.onevisit.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.CaseBuilder.aCase;
import static org.onevisit.intake.ApplicantBuilder.aPerson;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.casework.CaseworkFixtures;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.ReviewTask;
import org.onevisit.casework.Reviewing;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A joint department's reviewer and the lead department's chief representative in a real browser: the reviewer opens
 * the case, sees its materials and opens a file, sees the plan and the lead department's opinion, and gives theirs;
 * the chief representative decides, confirming the decision on its own page; the case then shows its decision, the
 * decision document and the e-certificate, which verifies. Names throughout, never codes or logins.
 */
@BrowserTest(windowHeight = 1600)
class ReviewJourneyBrowserTests {

    /** A 1×1 PNG: the drainage drawing handed in for the application form. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions decisions;

    @Autowired
    CaseSupplements supplements;

    @Autowired
    MaterialFiles files;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CatalogEditing catalog;

    @Autowired
    StaffAccounts staff;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        CaseworkFixtures.load(catalog, staff);
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    /** A case of the joint item whose application form was handed in as a file at the counter, then accepted. */
    private String acceptedCaseWithAFile() {
        String number = intake.submit(aCase().of(CaseworkFixtures.ITEM)
                .withApplicant(aPerson().named("周九").withPhone("13300003333")).providing("M2").build(), "clerk")
                .number().value();
        String id = files.store("申请表-签字版.png", new ByteArrayInputStream(PNG), "clerk").id().toString();
        supplements.supplement(number, "M1", id, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        decisions.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    private String official(String department, StaffRole role, String displayName) {
        String username = TestIdentities.aUsername(role == StaffRole.CHIEF_REPRESENTATIVE ? "chief" : "reviewer");
        staff.open(new NewStaffMember(username, displayName, department, Set.of(role), "journey-pass-1"));
        return username;
    }

    private ReviewTask task(String number, String department) {
        return reviewing.ofCase(number).stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow();
    }

    @Test
    void a_reviewer_reads_the_files_plan_and_opinions_then_the_chief_decides_with_a_confirmation() throws Exception {
        String number = acceptedCaseWithAFile();
        String lead = official("TRVA", StaffRole.REVIEWER, "王立审");
        reviewing.decide(task(number, "TRVA").id(), Opinion.CONSENT, "材料齐全，符合条件", lead, null);
        String reviewer = official("TRVB", StaffRole.REVIEWER, "赵联审");
        String chief = official("TRVA", StaffRole.CHIEF_REPRESENTATIVE, "孙首席");

        // the joint department's reviewer
        chrome.logInFirstTime(reviewer, "journey-pass-1", "Journey-pass-2");
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("materials")));
        String materials = browser.findElement(By.id("materials")).getText();
        assertThat(materials).contains("申请表", "已提交", "申请表-签字版.png", "image/png", "下载");
        String plan = browser.findElement(By.id("plan")).getText();
        assertThat(plan).contains("联合审查测试许可", "测试部门TRVA（牵头，同意）", "测试部门TRVB（审查中）");
        String reviews = browser.findElement(By.cssSelector("table.review-tasks")).getText();
        assertThat(reviews).contains("测试部门TRVA", "材料齐全，符合条件", "王立审").doesNotContain(lead, "TRVA\n");
        chrome.screenshot("review-journey-case");

        WebElement file = browser.findElement(By.cssSelector("#materials a.file-open"));
        String href = file.getAttribute("href");
        assertThat(href).contains("/api/v1/cases/" + number + "/materials/M1/files/");
        browser.get(href);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("img")));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.opinion-form")));

        browser.findElement(By.cssSelector("form.opinion-form input[value='CONSENT_WITH_CONDITIONS']")).click();
        browser.findElement(By.cssSelector("form.opinion-form textarea[name=text]")).sendKeys("开工前报送排水方案");
        browser.findElement(By.cssSelector("form.opinion-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector("table.review-tasks")).getText())
                .contains("附条件同意", "开工前报送排水方案", "赵联审");
        assertThat(browser.findElements(By.cssSelector("form.decision-form"))).isEmpty();

        // the lead department's chief representative decides, confirming first
        browser.manage().deleteAllCookies();
        chrome.logInFirstTime(chief, "journey-pass-1", "Journey-pass-2");
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.decision-form")));
        browser.findElement(By.cssSelector("form.decision-form input[value='true']")).click();
        browser.findElement(By.cssSelector("form.decision-form textarea[name=reasons]")).sendKeys("准予许可，开工前报送排水方案");
        browser.findElement(By.cssSelector("form.decision-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.confirm-form")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("确认审批决定", number, "周*",
                "联合审查测试许可", "测试部门TRVA", "准予", "准予许可，开工前报送排水方案", "不能撤回");
        assertThat(deciding.decisionsOf(number)).isEmpty();
        chrome.screenshot("review-journey-confirm");
        browser.findElement(By.cssSelector("form.confirm-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".decision-result")));
        String decided = browser.findElement(By.cssSelector(".decision-result")).getText();
        assertThat(decided).contains("已决定：准予许可", "孙首席", "准予许可，开工前报送排水方案", "准予行政许可决定书（PDF）",
                "电子证照", "核验证照").doesNotContain(chief);
        assertThat(browser.findElement(By.cssSelector(".decision-result a.decision-document")).getAttribute("href"))
                .endsWith("/api/v1/cases/" + number + "/items/" + CaseworkFixtures.ITEM + "/decision-document");
        assertThat(browser.findElement(By.cssSelector(".decision-result a.certificate-pdf")).getAttribute("href"))
                .contains("/api/v1/certificates/").endsWith("/pdf");
        assertThat(browser.findElements(By.cssSelector("form.decision-form"))).isEmpty();
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.decision-result').scrollIntoView()");
        chrome.screenshot("review-journey-decided");

        // on a phone: no sideways scrolling of the page (wide tables scroll inside their own box)
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("materials")));
            assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            chrome.screenshot("review-journey-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1600));
        }
        browser.findElement(By.cssSelector(".decision-result a.certificate-check")).click();
        wait.until(ExpectedConditions.urlContains("/certificates/verify"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("测试部门TRVA");
        chrome.screenshot("review-journey-certificate");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }
}
