package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.people.NewStaffMember;
import org.onevisit.people.StaffAccounts;
import org.onevisit.people.StaffRole;
import org.onevisit.people.TestIdentities;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page under the strict content security policy, in a real browser, as each kind of visitor sees it: the
 * console reports no breach of the policy, htmx still swaps results in, and the API documentation UI still renders.
 * Screenshots go to {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1100)
class ContentSecurityPolicyBrowserTests {

    @Autowired
    StaffAccounts staff;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void the_public_pages_break_no_rule_of_the_policy_and_htmx_still_works() throws IOException {
        for (String page : List.of("/", "/bundles", "/calendar", "/status", "/certificates/verify", "/login", "/register",
                "/register?kind=LEGAL_PERSON", "/catalog/items/XK-SCJG-001", "/no-such-page", "/catalog?lang=en")) {
            visit(page);
        }
        browser.get(chrome.url("/catalog?lang=zh_CN"));
        browser.findElement(By.id("q")).sendKeys("食品");
        wait.until(ExpectedConditions.urlContains("q="));
        note("/catalog (live search)");
        chrome.screenshot("csp-catalog-search");

        assertThat(violations).isEmpty();
    }

    @Test
    void the_api_documentation_ui_renders_under_its_own_policy() throws IOException {
        browser.get(chrome.url("/api-docs/ui"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("OneVisit");
        note("/api-docs/ui");
        chrome.screenshot("csp-api-docs");

        assertThat(violations).isEmpty();
    }

    @Test
    void the_staff_and_applicant_pages_break_no_rule_of_the_policy() throws IOException {
        chrome.logIn("admin", "demo1234");
        for (String page : List.of("/staff", "/admin", "/admin/catalog", "/admin/catalog/items/XK-SCJG-001",
                "/admin/catalog/import", "/admin/calendar", "/admin/bad-credit", "/staff/reviews", "/staff/meetings",
                "/staff/deliveries", "/account/password")) {
            visit(page);
        }
        chrome.screenshot("csp-admin-item");
        logOut();

        chrome.logIn("clerk", "demo1234");
        visit("/staff/counter");
        visit("/staff/counter/new");
        browser.findElement(By.cssSelector("input[type=search]")).sendKeys("营业执照");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits")));
        note("/staff/counter/new (search)");
        chrome.screenshot("csp-counter-new");
        logOut();

        chrome.logIn("supervisor", "demo1234");
        visit("/supervision/audit");
        logOut();

        chrome.logIn("13800000001", "demo1234");
        for (String page : List.of("/portal", "/portal/cases", "/portal/cases/new")) {
            visit(page);
        }
        chrome.screenshot("csp-portal-new");

        assertThat(violations).isEmpty();
    }

    @Test
    void a_new_member_of_staff_changes_the_password_at_the_first_login() throws IOException {
        String username = TestIdentities.aUsername("newcomer");
        staff.open(new NewStaffMember(username, "新同事", "SCJG", Set.of(StaffRole.REVIEWER), "Given-pass-1"));

        chrome.logIn(username, "Given-pass-1");
        wait.until(ExpectedConditions.urlContains("/account/password"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("管理员为您设置的密码");
        chrome.screenshot("first-login-change-password");

        browser.get(chrome.url("/staff/reviews"));
        wait.until(ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys("Given-pass-1");
        browser.findElement(By.id("newPassword")).sendKeys("password");
        browser.findElement(By.id("newPasswordAgain")).sendKeys("password");
        browser.findElement(By.id("newPasswordAgain")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form .errors"), "最常见的密码"));
        chrome.screenshot("first-login-common-password-refused");

        browser.findElement(By.id("currentPassword")).sendKeys("Given-pass-1");
        browser.findElement(By.id("newPassword")).sendKeys("Mine-own-pass-7");
        browser.findElement(By.id("newPasswordAgain")).sendKeys("Mine-own-pass-7");
        browser.findElement(By.id("newPasswordAgain")).submit();
        wait.until(ExpectedConditions.urlContains("changed"));
        browser.findElement(By.linkText("继续办理")).click();
        wait.until(ExpectedConditions.urlMatches(".*/staff$"));
        note("first login");
        chrome.screenshot("first-login-done");

        assertThat(violations).isEmpty();
    }

    @Test
    void the_console_does_report_an_inline_script_so_these_tests_can_fail() {
        visit("/");
        ((JavascriptExecutor) browser).executeScript("""
                var s = document.createElement('script'); s.textContent = 'document.title = "inline"';
                document.head.appendChild(s);
                var d = document.createElement('div'); d.setAttribute('style', 'color: red'); document.body.appendChild(d);""");

        assertThat(browser.getTitle()).isNotEqualTo("inline");
        assertThat(chrome.contentSecurityPolicyViolations()).anySatisfy(v -> assertThat(v).contains("script-src"))
                .anySatisfy(v -> assertThat(v).contains("style-src"));
    }

    private void visit(String page) {
        browser.get(chrome.url(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        note(page);
    }

    private void note(String page) {
        chrome.contentSecurityPolicyViolations().forEach(v -> violations.add(page + ": " + v));
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form.inline button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("登录")));
    }
}
