package org.onevisit.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.intake.ApplicantBuilder.aPerson;
import static org.onevisit.intake.CaseBuilder.aCase;

import java.io.IOException;
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
import org.onevisit.delivery.Deliveries;
import org.onevisit.intake.CaseMaterial;
import org.onevisit.intake.Channel;
import org.onevisit.intake.CounterDecisions;
import org.onevisit.intake.Intake;
import org.onevisit.intake.MaterialStatus;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 好差评 in a real browser: the demo applicant's licence is decided and handed over; on the case page they follow
 * 评价本次服务, are told a bad rating names what went wrong, and rate 不满意 (办事效率). The SCJG chief representative finds
 * it on 好差评, records the call-back, the fix and the answer. At the counter a clerk hands the pad over for another
 * case and the applicant rates it 非常满意; the month's public figures show the department. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1500)
@Import(MovableClock.class)
class RatingBrowserTests {

    static final String ITEM = "XK-SCJG-002";
    static final String APPLICANT = "330999199003071233";
    static final String PASSWORD = "demo1234";

    @Autowired
    Intake intake;

    @Autowired
    CounterDecisions counter;

    @Autowired
    Reviewing reviewing;

    @Autowired
    Deciding deciding;

    @Autowired
    Deliveries deliveries;

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

    /** A licence the demo applicant applied for online, reviewed, approved and handed over at the counter: 办结. */
    private String completedCase() {
        String account = logins.loadUserByUsername(APPLICANT).getUsername();
        Map<String, MaterialStatus> all = intake.materialsOf(ITEM, false).stream()
                .collect(Collectors.toMap(CaseMaterial::key, m -> MaterialStatus.PROVIDED));
        String number = intake.submit(aCase().of(ITEM).on(Channel.WEB)
                .withApplicant(aPerson().identifiedBy(APPLICANT).named("张三（演示）").withPhone("13800000001"))
                .withMaterials(all).byAccount(account).build(), account).number().value();
        counter.accept(number, new CounterDecisions.Act("clerk", Channel.COUNTER, null));
        long task = reviewing.ofCase(number).stream().filter(t -> t.department().equals("SCJG")).findFirst()
                .orElseThrow().id();
        reviewing.decide(task, Opinion.CONSENT, "", "scjg-chief", null);
        deciding.decide(number, ITEM, true, "", "scjg-chief");
        deliveries.readyForPickup(number, "clerk");
        deliveries.handOver(number, "clerk");
        return number;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    }

    private WebElement ratingOf(String number) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[contains(@class, 'bad-rating')][.//h2[contains(., '" + number + "')]]")));
    }

    private void step(String number, String text) {
        WebElement section = ratingOf(number);
        section.findElement(By.name("text")).sendKeys(text);
        section.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
    }

    @Test
    void a_bad_rating_given_on_the_portal_is_called_back_fixed_and_answered_and_the_pad_rates_at_the_counter()
            throws IOException {
        String number = completedCase();

        chrome.logIn(APPLICANT, PASSWORD);
        browser.get(chrome.url("/portal/cases/" + number));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".case-rating a")));
        scrollTo(link);
        chrome.screenshot("rating-portal-case");
        link.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form input[name='grade']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("评价本次服务", number, "办事效率")
                .doesNotContain("服务态度");
        browser.findElement(By.cssSelector("input[name='grade'][value='DISSATISFIED']")).click();
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-box"))).getText())
                .contains("请至少选择一个不满意的方面");
        assertThat(browser.findElement(By.cssSelector("input[name='grade'][value='DISSATISFIED']")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("input[name='reasons'][value='EFFICIENCY']")).click();
        browser.findElement(By.id("comment")).sendKeys("领取执照时排队太久");
        chrome.screenshot("rating-portal-form");
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='status']")))
                .getText()).contains("感谢您的评价", "不满意", "回访");
        chrome.screenshot("rating-portal-thanks");
        browser.get(chrome.url("/portal/cases/" + number));
        assertThat(browser.findElement(By.cssSelector(".case-rating")).getText()).contains("您已评价");
        browser.manage().deleteAllCookies();

        // The department: called back on Tuesday, fixed and answered on Wednesday.
        MovableClock.CLOCK.setDay("2026-10-20");
        chrome.logIn("scjg-chief", PASSWORD);
        browser.get(chrome.url("/staff/bad-ratings"));
        WebElement rating = ratingOf(number);
        assertThat(rating.getText()).contains("已分派，待回访", "办事效率", "领取执照时排队太久", "张**", "2026-11-09");
        scrollTo(rating);
        chrome.screenshot("rating-department-assigned");
        step(number, "电话回访：领取窗口排队约40分钟。");
        assertThat(ratingOf(number).getText()).contains("已回访，待整改", "电话回访：领取窗口排队约40分钟。", "scjg-chief");
        MovableClock.CLOCK.setDay("2026-10-21");
        step(number, "高峰时段增开出证窗口。");
        step(number, "已在高峰时段增开出证窗口");
        rating = ratingOf(number);
        assertThat(rating.getText()).contains("已反馈申请人", "高峰时段增开出证窗口。").doesNotContain("已逾期");
        assertThat(rating.findElements(By.tagName("form"))).isEmpty();
        scrollTo(rating);
        chrome.screenshot("rating-department-answered");
        browser.manage().deleteAllCookies();

        // At the counter: the clerk hands over the pad for another case, the applicant rates it.
        String second = completedCase();
        chrome.logIn("clerk", PASSWORD);
        browser.get(chrome.url("/staff/counter/rating-pad"));
        browser.findElement(By.id("number")).sendKeys(second);
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='grade']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(second, "服务态度", "窗口评价器");
        browser.findElement(By.cssSelector("input[name='grade'][value='VERY_SATISFIED']")).click();
        chrome.screenshot("rating-counter-pad");
        browser.findElement(By.cssSelector("main form button[type='submit']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='status']")))
                .getText()).contains("感谢您的评价", "非常满意");

        browser.get(chrome.url("/ratings?month=2026-10"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("示例市市场监督管理局", "好评率")
                .doesNotContain(number);
        chrome.screenshot("rating-published");
    }
}
