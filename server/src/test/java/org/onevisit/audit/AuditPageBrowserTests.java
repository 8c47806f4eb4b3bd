package org.onevisit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor in a real browser: the audit page shows the newest signed checkpoint and the link to download them,
 * verifies the chain against them, and names a rewritten trail.
 */
@BrowserTest(windowHeight = 1000)
class AuditPageBrowserTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    JdbcClient jdbc;

    HeadlessChromium chrome;
    WebDriver browser;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) {
        this.chrome = chrome;
        browser = chrome.browser();
    }

    @Test
    void the_supervisor_verifies_the_trail_against_the_signed_checkpoints_and_sees_a_rewrite() throws Exception {
        String caseNumber = "B" + UUID.randomUUID();
        trail.append(change(caseNumber, "submit"));
        long last = trail.append(change(caseNumber, "accept")).seq();
        AuditCheckpoint signed = checkpoints.checkpoint().orElseThrow();

        chrome.logIn("supervisor", "demo1234");
        browser.get(chrome.url("/supervision/audit"));
        assertThat(browser.findElement(By.cssSelector(".audit-checkpoints")).getText())
                .contains("最近签名检查点：序号 " + signed.seq()).contains("下载签名检查点");
        browser.findElement(By.cssSelector(".audit-verify button")).click();
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
        assertThat(browser.findElement(By.id("verification")).getText()).contains("完整").contains("签名检查点比对");
        chrome.screenshot("audit-verified");

        try (var saved = Tampering.keep(jdbc, last)) {
            Tampering.rewrite(jdbc, last, "{\"status\":\"REFUSED\"}");
            browser.get(chrome.url("/supervision/audit?verify=true"));
            assertThat(browser.findElement(By.id("verification")).getText()).contains("记录被改写");
            chrome.screenshot("audit-rewritten");
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    private static AuditedChange change(String caseNumber, String action) {
        return new AuditedChange("case", caseNumber, action, "clerk1", "COUNTER", Map.of(), Map.of("status", action),
                Instant.parse("2026-03-02T01:30:00Z"));
    }
}
