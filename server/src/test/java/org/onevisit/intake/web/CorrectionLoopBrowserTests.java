package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.MovableClock;
import org.onevisit.casework.Deciding;
import org.onevisit.casework.Opinion;
import org.onevisit.casework.Reviewing;
import org.onevisit.certificates.CertificateRegister;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The correction loop (补正) in a real browser, end to end: the SCJG chief representative asks for a correction on the
 * review page; the demo applicant reads the text message in the message centre, uploads the correction on the case
 * page three working days later; the review page then shows the review running again, its deadline moved by those
 * three days, and the file. And the applicant finds a certificate in 我的证照, downloads it and verifies it.
 * Screenshots go to {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1500)
@Import(MovableClock.class)
class CorrectionLoopBrowserTests {

    static final String ITEM = "XK-SCJG-002";
    static final String APPLICANT = "330999199003071233";
    static final String PASSWORD = "demo1234";
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions counter;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    CertificateRegister certificates;

    @Autowired
    UserDetailsService logins;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    @AfterEach
    void the_clock_goes_back() {
        MovableClock.CLOCK.setDay("2026-10-19");
    }

    /** A case the demo applicant applied for online with every material, accepted at the counter. */
    private String acceptedCase() {
        String account = logins.loadUserByUsername(APPLICANT).getUsername();
        Map<String, MaterialStatus> all = intake.materialsOf(ITEM, false).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        String number = intake.submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(APPLICANT).named("张三（演示）").withPhone("13800000001"))
                .withMaterials(all).byAccount(account).build(), account).number().value();
        counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        return number;
    }

    private long scjgTask(String number) {
        return reviewing.ofCase(number).stream().filter(t -> t.department().equals("SCJG")).findFirst().orElseThrow().id();
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
    }

    @Test
    void a_correction_requested_on_the_review_page_is_uploaded_by_the_applicant_and_the_review_runs_again()
            throws IOException {
        String number = acceptedCase();
        long task = scjgTask(number);
        String deadline = String.valueOf(reviewing.ofCase(number).stream().filter(t -> t.id() == task).findFirst()
                .orElseThrow().clock().deadline());

        // Monday 19 October: the chief representative asks for a correction on the review page.
        chrome.logIn("scjg-chief", PASSWORD);
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.opinion-form")));
        form.findElement(By.cssSelector("input[value='CORRECTION']")).click();
        form.findElement(By.name("text")).sendKeys("请补充经营场所的房屋租赁合同（须加盖出租方印章）");
        form.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.id("task-" + task)).getText()).contains("待补正");
        assertThat(browser.findElement(By.id("corrections-" + task)).getText())
                .contains("请补充经营场所的房屋租赁合同", "等待申请人补正");
        scrollTo("#corrections-" + task);
        chrome.screenshot("correction-requested-review");
        logOut();

        // Thursday 22 October: the applicant reads the message and uploads the contract.
        MovableClock.CLOCK.setDay("2026-10-22");
        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/messages"));
        // the applicant's messages about every case of theirs, this one's correction notice among them
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.message")));
        WebElement message = browser.findElements(By.cssSelector("li.message")).stream()
                .filter(m -> m.getText().contains("补正通知") && m.getText().contains(number)).findFirst().orElseThrow();
        assertThat(message.getText()).contains("补正通知", "需补正：请补充经营场所的房屋租赁合同", number, "138****0001")
                .doesNotContain("13800000001");
        chrome.screenshot("correction-messages");
        onAPhone("correction-messages-phone", "li.message");
        message.findElement(By.cssSelector("a.message-case")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corrections")));
        WebElement section = browser.findElement(By.id("corrections"));
        assertThat(section.getText()).contains("补正材料", "市场监督管理局", "待补正", "请补充经营场所的房屋租赁合同",
                "20 MB");
        scrollTo("#corrections");
        chrome.screenshot("correction-portal-awaited");
        onAPhone("correction-portal-awaited-phone", "#corrections");

        section.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(browser.getCurrentUrl()).as("the browser asks for a file first").contains("/portal/cases/" + number);

        Path contract = Files.createTempFile("租赁合同-", ".png");
        Files.write(contract, PNG);
        section = browser.findElement(By.id("corrections"));
        section.findElement(By.cssSelector("input[type='file']")).sendKeys(contract.toString());
        section.findElement(By.name("note")).sendKeys("已加盖出租方印章");
        section.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("审查已恢复计时");
        section = browser.findElement(By.id("corrections"));
        assertThat(section.getText()).contains("已补正", "2026-10-22", "网上提交", contract.getFileName().toString())
                .doesNotContain("提交补正材料");
        String moved = section.findElement(By.cssSelector(".correction-resumed")).getText();
        assertThat(moved).contains("2026-10-22").doesNotContain(deadline);
        scrollTo("#corrections");
        chrome.screenshot("correction-portal-supplied");
        Files.deleteIfExists(contract);
        browser.get(chrome.url("/portal/cases/" + number + "?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("corrections"), "Corrections"));
        assertThat(browser.findElement(By.id("corrections")).getText())
                .contains("Example City Market Regulation Bureau", "Corrected", "online", "Running again from 2026-10-22");
        scrollTo("#corrections");
        chrome.screenshot("correction-portal-supplied-en");
        browser.get(chrome.url("/portal/messages?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Messages"));
        assertThat(browser.findElement(By.cssSelector("ol.message-list")).getText())
                .contains("Correction received", "Correction requested", "Text message to 138****0001");
        chrome.screenshot("correction-messages-en");
        logOut();

        // The review page: running again, the deadline three working days later, the file there to open.
        chrome.logIn("scjg-chief", PASSWORD);
        browser.get(chrome.url("/staff/reviews/cases/" + number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-" + task)));
        String row = browser.findElement(By.id("task-" + task)).getText();
        String newDeadline = reviewing.ofCase(number).stream().filter(t -> t.id() == task).findFirst().orElseThrow()
                .clock().deadline().toString();
        assertThat(newDeadline).isNotEqualTo(deadline);
        assertThat(row).contains("审查中", newDeadline).doesNotContain("待补正");
        assertThat(browser.findElement(By.cssSelector("form.opinion-form")).isDisplayed()).isTrue();
        WebElement corrections = browser.findElement(By.id("corrections-" + task));
        assertThat(corrections.getText()).contains("2026-10-22 已补正（申请人网上提交）", "已加盖出租方印章");
        String href = corrections.findElement(By.cssSelector("ul.correction-files a")).getAttribute("href");
        assertThat(fetched(href)).isEqualTo("image/png " + PNG.length);
        assertThat(browser.findElement(By.cssSelector("table.review-timeline")).getText())
                .contains("申请人补正，恢复审查计时", deadline + " → " + newDeadline);
        scrollTo("#corrections-" + task);
        chrome.screenshot("correction-review-resumed");
        scrollTo("table.review-timeline");
        chrome.screenshot("correction-review-timeline");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void the_applicant_finds_a_certificate_in_the_wallet_downloads_and_verifies_it() throws IOException {
        String number = acceptedCase();
        reviewing.decide(scjgTask(number), Opinion.CONSENT, "", "scjg-chief", null);
        deciding.decide(number, ITEM, true, "", "scjg-chief");
        String certificate = certificates.ofCase(number).get(0).number();

        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/certificates"));
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-" + certificate)));
        assertThat(card.getText()).contains(certificate, "有效", "市场监督管理局", number);
        chrome.screenshot("wallet");
        onAPhone("wallet-phone", "li.wallet-card");
        String pdf = card.findElement(By.cssSelector("a.wallet-download")).getAttribute("href");

        card.findElement(By.cssSelector("a.wallet-verify")).click();
        wait.until(ExpectedConditions.urlContains("/certificates/verify"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(certificate, "有效");
        chrome.screenshot("wallet-verified");

        browser.get(chrome.url("/portal/cases/" + number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions")));
        assertThat(browser.findElement(By.id("decisions")).getText()).contains("准予许可", "下载决定书");
        String decision = browser.findElement(By.cssSelector("#decisions a")).getAttribute("href");
        assertThat(browser.findElement(By.id("certificates")).getText()).contains(certificate, "有效");
        scrollTo("#decisions");
        chrome.screenshot("portal-case-results");

        browser.get(chrome.url("/portal/certificates?lang=en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My certificates"));
        assertThat(browser.findElement(By.id("certificate-" + certificate)).getText()).contains("Valid", "Download (PDF)");
        chrome.screenshot("wallet-en");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();

        // the certificate and the decision download as PDF (made with the configured Chinese font)
        assertThat(fetched(pdf)).startsWith("application/pdf ");
        assertThat(fetched(decision)).startsWith("application/pdf ");
    }

    /** The page as a phone 390 px wide shows it: no sideways scrolling; a screenshot from {@code css} on. */
    private void onAPhone(String shot, String css) throws IOException {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 1500));
        try {
            Object sideways = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("sideways scrolling at 390 px").isLessThanOrEqualTo(0);
            scrollTo(css);
            chrome.screenshot(shot);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Fetches the address in the browser's session: the type it was served as and its length in bytes. */
    private String fetched(String href) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('Content-Type') + ' ' + b.byteLength)))
                    .catch(e => done('failed ' + e));""", href);
        return String.valueOf(answer);
    }
}
