package org.onevisit.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.calendar.WorkCalendars;
import org.onevisit.catalog.Catalog;
import org.onevisit.intake.Applicant;
import org.onevisit.intake.CaseStatus;
import org.onevisit.intake.CaseSupplements;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.IntakeCase;
import org.onevisit.intake.MaterialStatus;
import org.onevisit.intake.Submission;
import org.onevisit.intake.files.MaterialFiles;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counter clerk's day in the browser. A house sale: the clerk logs in, lands on the workbench, receives the
 * second-hand home bundle with a buyer and a seller, checks the materials, accepts, and prints a receipt that names
 * both and promises no less than the bundle's critical path; the case shows one visit. And the queue of online
 * applications: the clerk opens a pre-check, views each uploaded file inside the page, marks one material deficient,
 * and the one-time notice lists that one only. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1500)
class CounterStoriesBrowserTests {

    private static final String BUNDLE = "YJS-BDCJY";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    Intake intake;

    @Autowired
    Catalog catalog;

    @Autowired
    WorkCalendars calendars;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    MaterialFiles files;

    @Autowired
    CaseSupplements supplements;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void a_house_sale_is_received_at_the_counter_with_a_buyer_and_a_seller_in_one_visit() throws Exception {
        chrome.logIn("clerk", "demo1234");
        wait.until(ExpectedConditions.urlContains("/staff/counter"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/counter");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("综合窗口受理台");
        assertThat(browser.findElement(By.id("deliveries-link")).getAttribute("href")).endsWith("/staff/deliveries");
        chrome.screenshot("counter-landing-workbench");

        browser.findElement(By.cssSelector("a[accesskey='n']")).click();
        wait.until(ExpectedConditions.urlContains("/staff/counter/new"));
        String buyerId = WorkbenchPagesTests.anIdNumber();
        String sellerId = WorkbenchPagesTests.anIdNumber();
        browser.findElement(By.id("identifier")).sendKeys(buyerId);
        browser.findElement(By.id("name")).sendKeys("林买方");
        browser.findElement(By.id("phone")).sendKeys("13900007777");
        browser.findElement(By.id("subject")).sendKeys(BUNDLE);
        browser.findElement(By.cssSelector("button[name='step'][value='load']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake-materials")));

        // the bundle names its roles: the first applicant buys, and a row for the seller comes with the form
        assertThat(new Select(browser.findElement(By.id("role"))).getFirstSelectedOption().getText()).isEqualTo("买方");
        assertThat(new Select(browser.findElement(By.id("co_0_role"))).getFirstSelectedOption().getText()).isEqualTo("卖方");
        assertThat(browser.findElement(By.id("intake-others")).getText()).contains("申请人 2", "本事项需要：买方、卖方");
        browser.findElement(By.id("co_0_identifier")).sendKeys(sellerId);
        browser.findElement(By.id("co_0_name")).sendKeys("郑卖方");
        browser.findElement(By.id("co_0_phone")).sendKeys("13900008888");
        chrome.screenshot("counter-house-sale-two-applicants");

        // a third applicant row can be added and removed again
        browser.findElement(By.id("add-applicant")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("co_1_name")));
        assertThat(browser.findElement(By.id("co_0_name")).getAttribute("value")).isEqualTo("郑卖方");
        browser.findElement(By.cssSelector("button[name='removeApplicant'][value='1']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("co_1_name")));

        browser.findElement(By.cssSelector("button[name='step'][value='all']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("missing"), "材料齐全"));
        assertThat(browser.findElement(By.id("co_0_identifier")).getAttribute("value")).isEqualTo(sellerId);
        chrome.screenshot("counter-house-sale-checklist");

        browser.findElement(By.id("receive-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-button")));
        String number = browser.getCurrentUrl().replaceAll(".*/cases/", "");
        List<String> applicantLines = browser.findElements(By.cssSelector("dl.facts dt")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("申请人")).toList();
        assertThat(applicantLines).containsExactly("申请人（买方）", "申请人（卖方）");
        assertThat(browser.findElements(By.cssSelector("dd.applicant")).get(1).getText()).startsWith("郑卖方");
        chrome.screenshot("counter-house-sale-received");

        browser.findElement(By.id("accept-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1 .case-status"), "已受理"));
        assertThat(browser.findElement(By.cssSelector(".visit-count")).getText()).isEqualTo("1");
        chrome.screenshot("counter-house-sale-accepted");

        IntakeCase accepted = intake.find(number);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.visitCount()).isEqualTo(1);
        int criticalPath = catalog.plan(catalog.bundle(BUNDLE)).longestPath();
        assertThat(criticalPath).isEqualTo(8);
        LocalDate acceptedOn = accepted.dates().acceptedOn();
        LocalDate criticalPathEnds = calendars.current().deadline(acceptedOn, criticalPath).date();
        LocalDate promised = accepted.answer().deadlines().promised();
        assertThat(promised).isAfterOrEqualTo(criticalPathEnds);

        String receipt = pdfText(chrome.url("/cases/" + number + "/documents/receipt.pdf"));
        assertThat(receipt).contains("受理通知书", "林买方", "郑卖方", "申请人（买方）", "申请人（卖方）",
                "承诺办结日期", promised.format(CHINESE_DATE), "申请材料齐全", "到现场次数", "1 次");
        assertThat(browser.findElement(By.linkText("打印受理通知书")).getAttribute("target")).isEqualTo("_blank");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void an_online_application_is_pre_checked_with_its_files_viewed_in_the_page() throws Exception {
        String number = anOnlinePreCheck();
        chrome.logIn("clerk", "demo1234");
        wait.until(ExpectedConditions.urlContains("/staff/counter"));
        WebElement queue = browser.findElement(By.id("pre-check-queue"));
        assertThat(queue.getText()).contains(number, "待预审");
        chrome.screenshot("counter-pre-check-queue");

        browser.get(chrome.url("/staff/counter/cases/" + number + "/pre-check"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-check-form")));
        List<WebElement> fileLinks = browser.findElements(By.cssSelector("a.file-link"));
        assertThat(fileLinks).hasSize(2);
        assertThat(fileLinks.get(0).getText()).contains("申请书.png");
        fileLinks.get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#viewer img.viewer-image")));
        WebElement image = browser.findElement(By.cssSelector("#viewer img.viewer-image"));
        wait.until(d -> Long.valueOf(1).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", image)));
        chrome.screenshot("counter-pre-check-image");

        browser.findElements(By.cssSelector("a.file-link")).get(1).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#viewer iframe.viewer-frame")));
        String pdfAddress = browser.findElement(By.cssSelector("#viewer iframe.viewer-frame")).getAttribute("src");
        chrome.screenshot("counter-pre-check-pdf");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();

        // the file is sent inline only as what its bytes are, never sniffed; a download is an attachment
        HttpResponse<byte[]> pdf = fetch(pdfAddress);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(pdf.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        HttpResponse<byte[]> download = fetch(pdfAddress + "?download=true");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Type")).contains("application/octet-stream");

        // the first material is fine, the second one is not
        browser.findElement(By.cssSelector("input[name='verdict_M1'][value='OK']")).click();
        browser.findElement(By.cssSelector("input[name='verdict_M2'][value='DEFICIENT']")).click();
        WebElement remark = browser.findElement(By.name("remark_M2"));
        remark.clear();
        remark.sendKeys("扫描件模糊，请上传清晰的盖章件");
        chrome.screenshot("counter-pre-check-form");
        browser.findElement(By.id("pre-check-send")).click();
        wait.until(ExpectedConditions.urlMatches(".*/staff/counter/cases/[^/]+$"));
        assertThat(browser.findElement(By.id("pre-check-actions")).getText()).contains("预审未通过");
        chrome.screenshot("counter-pre-check-sent");

        // the one-time notice lists what is wrong (M2) and what is missing (no file: M3 on), not the accepted M1
        IntakeCase c = intake.find(number);
        assertThat(c.answer().deficiencies()).extracting(d -> d.materialKey())
                .containsExactlyElementsOf(c.materials().stream().skip(1).map(m -> m.key()).toList());
        assertThat(c.answer().deficiencies().get(0).problem()).isEqualTo("扫描件模糊，请上传清晰的盖章件");
        String notice = pdfText(chrome.url("/cases/" + number + "/documents/notice.pdf"));
        String first = c.materials().get(0).name();
        String second = c.materials().get(1).name();
        assertThat(notice).contains("一次性告知书", "预审", second, "扫描件模糊，请上传清晰的盖章件");
        assertThat(notice).doesNotContain(first);
    }

    /** An online pre-check of the bundle's first item by an applicant of their own, a PNG and a PDF uploaded. */
    private String anOnlinePreCheck() throws IOException {
        String id = WorkbenchPagesTests.anIdNumber();
        String account = applicants.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "网上申请人",
                "13800136789", null, "applicant-pass-1")).principal();
        String item = "XK-SCJG-001";
        IntakeCase pre = intake.submit(new Submission(java.util.UUID.randomUUID().toString(), Channel.WEB, item, false,
                new Applicant(false, id, "网上申请人", "13800136789", null), null, Map.of(),
                Map.of(), true, account), account);
        String number = pre.number().value();
        String png = files.store("申请书.png", new ByteArrayInputStream(PNG), account).id().toString();
        supplements.supplement(number, "M1", png, new CounterDecisions.Act(account, Channel.WEB, null));
        String pdf = files.store("证明.pdf", new ByteArrayInputStream(aPdf()), account).id().toString();
        supplements.supplement(number, "M2", pdf, new CounterDecisions.Act(account, Channel.WEB, null));
        assertThat(intake.find(number).materials().get(0).status()).isEqualTo(MaterialStatus.PROVIDED);
        return number;
    }

    private static byte[] aPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A page's bytes fetched with the browser's session. */
    private HttpResponse<byte[]> fetch(String address) throws IOException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(address).isEqualTo(200);
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The PDF's text with its lines joined again, as a reader reads it, since a long line is broken to fit the page. */
    private String pdfText(String address) throws IOException {
        try (PDDocument document = Loader.loadPDF(fetch(address).body())) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R", "");
        }
    }
}
