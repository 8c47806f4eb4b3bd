package org.onevisit.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator and the menus, as people use them in the browser: the administrator opens an account for a new
 * chief representative of the market regulation bureau and delegates an item to them, both picked by name; the chief
 * logs in for the first time, chooses a password and finds the item on their delegation list. Each kind of person sees
 * the links to their own work; the elder-friendly mode, once chosen, stays on from page to page; the error pages
 * (404, 403, 413 after a real upload of 21 MB) speak the user's language and offer a way on. Screenshots go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1300)
class AdministrationBrowserTests {

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
        browser.manage().window().setSize(new Dimension(1366, 1300));
    }

    @Test
    void the_administrator_opens_a_chief_representative_and_delegates_an_item_which_the_chief_then_sees() throws IOException {
        String username = "chief-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
        chrome.logIn("admin", "demo1234");
        browser.get(chrome.url("/admin"));
        browser.findElement(By.partialLinkText("工作人员账号")).click();
        browser.findElement(By.linkText("新建账号")).click();

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("陈晓（市场监管首席代表）");
        new Select(browser.findElement(By.id("departmentCode"))).selectByVisibleText("示例市市场监督管理局");
        browser.findElement(By.id("role-CHIEF_REPRESENTATIVE")).click();
        browser.findElement(By.id("password")).sendKeys("short");
        chrome.screenshot("admin-staff-new");
        browser.findElement(By.id("password")).submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-problem")));
        assertThat(browser.findElement(By.id("form-problem")).getText()).contains("密码");
        assertThat(browser.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("陈晓（市场监管首席代表）");
        chrome.screenshot("admin-staff-new-refused");
        assertThat(chrome.accessibilityProblems()).as("admin-staff-new-refused").isEmpty();

        browser.findElement(By.id("password")).sendKeys("Chief-given-2026");
        browser.findElement(By.id("password")).submit();
        wait.until(ExpectedConditions.urlMatches(".*/admin/staff$"));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("陈晓（市场监管首席代表）")
                .contains(username);
        WebElement row = browser.findElement(By.xpath("//tr[td[2][normalize-space()='" + username + "']]"));
        assertThat(row.getText()).contains("示例市市场监督管理局").contains("首席代表").doesNotContain("SCJG");
        chrome.screenshot("admin-staff-list");
        assertThat(chrome.accessibilityProblems()).as("admin-staff-list").isEmpty();

        browser.findElement(By.linkText("授权清单")).click();
        new Select(browser.findElement(By.id("chief"))).selectByVisibleText("陈晓（市场监管首席代表） · 示例市市场监督管理局");
        new Select(browser.findElement(By.id("item"))).selectByVisibleText("企业设立登记");
        chrome.screenshot("admin-delegation-form");
        browser.findElement(By.id("validFrom")).submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).contains("企业设立登记").contains("陈晓");
        WebElement chief = browser.findElement(By.id("chief-" + username));
        assertThat(chief.getText()).contains("企业设立登记").contains("有效").contains("演示管理员")
                .doesNotContain("XK-SCJG-001");
        chrome.screenshot("admin-delegations");
        assertThat(chrome.accessibilityProblems()).as("admin-delegations").isEmpty();

        // the same item again over the same days is refused, with the reason on the page
        new Select(browser.findElement(By.id("chief"))).selectByVisibleText("陈晓（市场监管首席代表） · 示例市市场监督管理局");
        new Select(browser.findElement(By.id("item"))).selectByVisibleText("企业设立登记");
        browser.findElement(By.id("validFrom")).submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-problem")));
        assertThat(browser.findElement(By.id("form-problem")).getText()).contains("已有有效授权");

        // every change is in the audit trail, in words
        browser.get(chrome.url("/supervision/audit?subject=staff&subjectId=" + username));
        String audit = browser.findElement(By.cssSelector(".audit-records")).getText();
        assertThat(audit).contains("开通账号").contains("授予授权").contains("企业设立登记").contains("首席代表")
                .doesNotContain("grantDelegation").doesNotContain("CHIEF_REPRESENTATIVE");
        chrome.screenshot("admin-audit-staff");
        assertThat(chrome.accessibilityProblems()).as("admin-audit-staff").isEmpty();

        browser.findElement(By.cssSelector(".nav-account button.link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("登录")));
        chrome.logInFirstTime(username, "Chief-given-2026", "Chief-own-pass-2026");
        browser.get(chrome.url("/staff"));
        String own = browser.findElement(By.tagName("main")).getText();
        assertThat(own).contains("企业设立登记").contains("有效").contains("示例市市场监督管理局");
        assertThat(browser.findElement(By.cssSelector(".nav-work")).getText()).contains("部门待办");
        assertThat(browser.findElement(By.cssSelector(".nav-account .who")).getText()).isEqualTo("陈晓（市场监管首席代表）");
        chrome.screenshot("chief-own-delegations");
        assertThat(chrome.accessibilityProblems()).as("chief-own-delegations").isEmpty();
    }

    @Test
    void each_kind_of_person_sees_the_links_to_their_work() throws IOException {
        Map<String, List<String>> menus = Map.of(
                "clerk", List.of("受理台", "办件寄递", "评价器", "登记投诉", "叫号"),
                "scjg-chief", List.of("部门待办", "我的预警", "我的纠错", "部门投诉", "好差评"),
                "scjg-head", List.of("我的预警", "抽查", "纠错与容错", "部门投诉", "绩效考核"),
                "coordinator", List.of("会商与踏勘", "电子监察", "好差评", "绩效考核"),
                "supervisor", List.of("电子监察", "预警纠错", "抽查", "纠错与容错", "投诉", "好差评", "审计", "监管小组",
                        "绩效考核"),
                "admin", List.of("监管小组", "管理"),
                "13800000001", List.of("我的办件", "我的证照", "消息", "我的投诉", "预约办事"));
        browser.get(chrome.url("/"));
        assertThat(links(".nav-public")).startsWith("办事指南", "一件事", "办件查询", "证照核验");
        assertThat(browser.findElements(By.cssSelector(".nav-work"))).isEmpty();
        for (var person : menus.entrySet()) {
            chrome.logIn(person.getKey(), "demo1234");
            browser.get(chrome.url("/catalog"));
            assertThat(links(".nav-work")).as(person.getKey()).containsExactlyElementsOf(person.getValue());
            assertThat(links(".nav-public")).as(person.getKey()).contains("办件查询", "证照核验");
            chrome.screenshot("menu-" + person.getKey());
            browser.findElement(By.cssSelector(".nav-account button.link")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("登录")));
        }
        chrome.logIn("supervisor", "demo1234");
        browser.get(chrome.url("/catalog"));
        browser.findElement(By.linkText("审计")).click();
        wait.until(ExpectedConditions.urlContains("/supervision/audit"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审计留痕");
        browser.findElement(By.linkText("电子监察")).click();
        wait.until(ExpectedConditions.urlContains("/supervision/dashboard"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("各部门审查情况").contains("逾期未答复");
        chrome.screenshot("supervisor-dashboard");
        assertThat(chrome.accessibilityProblems()).as("supervisor-dashboard").isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void on_a_phone_the_menu_folds_and_opens_by_keyboard_without_sideways_scrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        chrome.logIn("clerk", "demo1234");
        browser.get(chrome.url("/catalog"));
        WebElement counter = browser.findElement(By.cssSelector(".nav-work a[href$='/staff/counter']"));
        assertThat(counter.isDisplayed()).isFalse();
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        chrome.screenshot("menu-phone-folded");
        // Tab from the language link reaches the menu's switch; Space opens it
        WebElement language = browser.findElement(By.cssSelector(".topbar-tools .lang"));
        language.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("nav-toggle");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        wait.until(ExpectedConditions.visibilityOf(counter));
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        chrome.screenshot("menu-phone-open");
        assertThat(chrome.accessibilityProblems()).as("menu-phone-open").isEmpty();
        counter.click();
        wait.until(ExpectedConditions.urlContains("/staff/counter"));
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
    }

    @Test
    void the_elder_friendly_mode_stays_on_from_page_to_page_until_switched_off() throws IOException {
        browser.get(chrome.url("/"));
        assertThat(bodyClass()).doesNotContain("elder");
        float normal = fontSize();
        browser.findElement(By.id("elder-switch")).click();
        wait.until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "elder"));
        assertThat(fontSize()).isGreaterThan(normal * 1.2f);
        assertThat(browser.findElement(By.id("elder-switch")).getText()).isEqualTo("退出适老化模式");
        chrome.screenshot("elder-home");
        assertThat(chrome.accessibilityProblems()).as("elder-home").isEmpty();
        browser.findElement(By.linkText("办事指南")).click();
        wait.until(ExpectedConditions.urlContains("/catalog"));
        assertThat(bodyClass()).contains("elder");
        chrome.screenshot("elder-catalog");
        browser.get(chrome.url("/no-such-page"));
        assertThat(bodyClass()).contains("elder");
        chrome.logIn("clerk", "demo1234");
        browser.get(chrome.url("/status"));
        assertThat(bodyClass()).contains("elder");
        browser.findElement(By.id("elder-switch")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.tagName("body"), "class", "elder")));
        browser.get(chrome.url("/catalog"));
        assertThat(bodyClass()).doesNotContain("elder");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void the_error_pages_say_what_happened_in_the_users_language_and_offer_a_way_on() throws IOException {
        browser.get(chrome.url("/catalog"));
        // followed from a page of the centre (a typed address sends no referrer)
        ((JavascriptExecutor) browser).executeScript("window.location.href = '/no-such-page';");
        wait.until(ExpectedConditions.urlContains("/no-such-page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面不存在");
        assertThat(browser.findElement(By.cssSelector(".error-message")).getText()).contains("未找到");
        assertThat(browser.findElement(By.linkText("返回首页")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.linkText("返回上一页")).getAttribute("href")).endsWith("/catalog");
        assertThat(browser.findElements(By.cssSelector(".nav-public a"))).hasSizeGreaterThanOrEqualTo(4);
        chrome.screenshot("error-404");
        assertThat(chrome.accessibilityProblems()).as("error-404").isEmpty();
        browser.get(chrome.url("/no-such-page?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.findElement(By.linkText("Back to the home page")).isDisplayed()).isTrue();
        chrome.screenshot("error-404-en");
        browser.get(chrome.url("/?lang=zh_CN"));

        chrome.logIn("clerk", "demo1234");
        browser.get(chrome.url("/admin/staff"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无权访问");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Forbidden").contains("权限");
        assertThat(browser.findElement(By.cssSelector("main button")).getText()).isEqualTo("换个账号登录");
        chrome.screenshot("error-403");
        assertThat(chrome.accessibilityProblems()).as("error-403").isEmpty();
        WebElement other = browser.findElement(By.cssSelector("main button"));
        other.click();
        wait.until(ExpectedConditions.stalenessOf(other));

        Path big = Files.createTempFile("onevisit-too-large", ".yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        try {
            chrome.logIn("admin", "demo1234");
            browser.get(chrome.url("/admin/catalog/import"));
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(big.toString());
            browser.findElement(By.cssSelector("input[type=file]")).submit();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-card")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("提交的内容过大");
            assertThat(browser.findElement(By.cssSelector(".error-message")).getText()).contains("20 MB");
            assertThat(browser.getPageSource()).doesNotContain("Apache Tomcat");
            assertThat(browser.findElement(By.linkText("返回上一页")).getAttribute("href")).endsWith("/admin/catalog/import");
            chrome.screenshot("error-413");
        assertThat(chrome.accessibilityProblems()).as("error-413").isEmpty();

            // past the whole request's limit too (25 MB), still the centre's page
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(30L * 1024 * 1024);
            }
            browser.get(chrome.url("/admin/catalog/import?lang=en"));
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(big.toString());
            browser.findElement(By.cssSelector("input[type=file]")).submit();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-card")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Too large to accept");
            assertThat(browser.getPageSource()).doesNotContain("Apache Tomcat");
            chrome.screenshot("error-413-en");
            browser.get(chrome.url("/?lang=zh_CN"));
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private List<String> links(String list) {
        return browser.findElements(By.cssSelector(list + " a")).stream().map(WebElement::getText).toList();
    }

    private String bodyClass() {
        String value = browser.findElement(By.tagName("body")).getAttribute("class");
        return value == null ? "" : value;
    }

    private float fontSize() {
        return Float.parseFloat(browser.findElement(By.tagName("body")).getCssValue("font-size").replace("px", ""));
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }
}
