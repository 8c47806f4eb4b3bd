package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onevisit.notification.Notifications;
import org.onevisit.notification.TextMessage;
import org.onevisit.people.ApplicantAccounts;
import org.onevisit.people.ApplicantKind;
import org.onevisit.people.ApplicantRegistration;
import org.onevisit.people.TestIdentities;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages in the browser (ADR 0045, 0046): an applicant opens 消息设置 from the portal, switches the rating invitation
 * off, gives an e-mail address and saves; the administrator finds a failed message on 发送失败的消息 from the
 * administration home, with the recipient masked, and sends it again.
 */
@BrowserTest(windowHeight = 1400)
class MessagesBrowserTests {

    private static final String PASSWORD = "demo1234";

    @Autowired
    ApplicantAccounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_applicant_switches_an_optional_message_off_and_gives_an_email_address(HeadlessChromium chrome)
            throws Exception {
        String id = TestIdentities.aResidentIdNumber();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        accounts.register(new ApplicantRegistration(ApplicantKind.NATURAL_PERSON, id, "陈设置", phone, null,
                "Browser-Pass-2026"));
        WebDriver browser = chrome.browser();

        chrome.logIn(id, "Browser-Pass-2026");
        browser.get(chrome.url("/portal"));
        browser.findElement(By.cssSelector("a[href$='/portal/message-preferences']")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("/portal/message-preferences"));
        assertThat(browser.findElement(By.cssSelector("ul.required-kinds")).getText()).contains("受理通知", "不予受理");
        browser.findElement(By.id("kind-rating")).click();
        assertThat(browser.findElement(By.id("byEmail")).isSelected()).isTrue();
        browser.findElement(By.id("email")).sendKeys("chen." + phone + "@example.cn");
        browser.findElement(By.cssSelector("form.message-preferences button[type=submit]")).click();

        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("消息设置已保存。");
        assertThat(browser.findElement(By.id("kind-rating")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("kind-pre-check")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("chen." + phone + "@example.cn");
        chrome.screenshot("messages-preferences-saved");
    }

    @Test
    void the_administrator_sends_a_failed_message_again(HeadlessChromium chrome) throws Exception {
        String subject = "browser-message-" + ThreadLocalRandom.current().nextInt(1_000_000);
        notifications.text("13600004321", subject, TextMessage.REFUSED, Map.of("subject", "浏览器事项", "number", subject));
        long id = jdbc.sql("""
                SELECT d.id FROM notification_delivery d JOIN notification_message m ON m.id = d.message_id
                 WHERE m.subject_id = ?""").param(subject).query(Long.class).single();
        // given up after its attempts (as the dispatcher leaves it: MessageDeliveryStoryTests)
        jdbc.sql("""
                UPDATE notification_delivery SET state = 'DEAD', attempts = 6, next_attempt_at = NULL,
                       last_error = 'SmsRefused: The SMSC refused the message: command status 0x00000045',
                       ended_at = sent_at WHERE id = ?""")
                .param(id).update();
        WebDriver browser = chrome.browser();

        chrome.logIn("admin", PASSWORD);
        browser.get(chrome.url("/admin"));
        browser.findElement(By.cssSelector("a[href$='/admin/messages']")).click();
        chrome.waiting().until(ExpectedConditions.urlContains("/admin/messages"));
        String row = browser.findElement(By.id("delivery-" + id)).getText();
        assertThat(row).contains("短信", "136****4321", "不予受理", subject, "6", "0x00000045").doesNotContain("13600004321");
        chrome.screenshot("messages-dead-letters");

        browser.findElement(By.cssSelector("#delivery-" + id + " form[action$='/retry'] button")).click();
        chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.ok")));
        assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText()).isEqualTo("已重新加入发送队列。");
        assertThat(browser.findElements(By.id("delivery-" + id))).isEmpty();
    }
}
