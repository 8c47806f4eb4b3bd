package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.sun.net.httpserver.HttpServer;

/**
 * The apps' token login in a real browser, under the pages' content security policy: the app opens the authorization
 * address, the person signs in on the login form and allows the app on the consent page, and the browser arrives at the
 * app's loopback redirect address (a listening server here, as a desktop tool would run) with the code — the policy's
 * {@code form-action} lets the login and the consent forms lead there. Screenshots of the consent page go to
 * {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 900)
class AppTokenBrowserTests {

    private static final String DEMO_APPLICANT = "330999199003071233";

    HttpServer app;
    int appPort;

    @BeforeEach
    void the_app_listens_on_the_loopback_address() throws Exception {
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/callback", exchange -> {
            byte[] body = "<!DOCTYPE html><title>app</title><p id=received>received</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
        appPort = app.getAddress().getPort();
    }

    @AfterEach
    void the_app_stops() {
        app.stop(0);
    }

    @Test
    void a_person_signs_in_for_the_app_and_allows_it_and_the_app_receives_the_code(HeadlessChromium chrome)
            throws Exception {
        WebDriver browser = chrome.browser();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest("a-verifier-of-the-app-that-is-long-enough-0123456789".getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:" + appPort + "/callback";
        browser.get(chrome.url("/oauth2/authorize?response_type=code&client_id=onevisit-app&redirect_uri=" + redirect
                + "&scope=cases%20profile&state=browser-1&code_challenge=" + challenge + "&code_challenge_method=S256"
                + "&lang=en"));
        chrome.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(DEMO_APPLICANT);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.id("password")).submit();

        chrome.waiting().until(ExpectedConditions.or(ExpectedConditions.urlContains("/oauth2/consent"),
                ExpectedConditions.urlContains("/callback")));
        if (browser.getCurrentUrl().contains("/oauth2/consent")) {
            assertThat(browser.getPageSource()).contains("一次办 App");
            chrome.screenshot("app-token-consent");
            assertThat(chrome.accessibilityProblems()).isEmpty();
            browser.findElement(By.cssSelector("form.people-form button[type=submit]")).click();
        }
        chrome.waiting().until(ExpectedConditions.urlContains("/callback"));
        assertThat(browser.getCurrentUrl()).startsWith(redirect).contains("code=").contains("state=browser-1");
        assertThat(browser.findElement(By.id("received")).getText()).isEqualTo("received");
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }
}
