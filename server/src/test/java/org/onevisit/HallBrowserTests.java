package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onevisit.hall.Calling;
import org.onevisit.hall.TakenTicket;
import org.onevisit.hall.TicketChannel;
import org.onevisit.hall.Tickets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hall in the browser: the display board, open on a screen, shows a call made at counter A01 as it happens (the
 * server-sent event), with the sentence the screen speaks; then the demo clerk at A01 calls, recalls and opens the
 * receive form from the calling panel.
 */
@BrowserTest(windowHeight = 1000)
class HallBrowserTests {

    @Autowired
    Tickets tickets;

    @Autowired
    Calling calling;

    @Test
    void the_board_shows_a_call_live_and_the_clerk_calls_from_the_panel(HeadlessChromium chrome) throws Exception {
        WebDriver browser = chrome.browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        while (calling.next("clerk").isPresent()) {
            // the A tickets other tests of the day left waiting are served first
        }
        TakenTicket first = tickets.take("A", TicketChannel.KIOSK);
        TakenTicket second = tickets.take("A", TicketChannel.DOOR);

        browser.get(chrome.url("/hall/board"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-live"), "实时更新中"));
        browser.findElement(By.id("board-speech")).click();
        assertThat(browser.findElement(By.id("board-speech")).getAttribute("aria-pressed")).isEqualTo("true");
        String called = calling.next("clerk").orElseThrow().number();
        assertThat(called).isEqualTo(first.number());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-latest"),
                "请" + called + "号到A01号窗口办理"));
        assertThat(browser.findElement(By.cssSelector("#board-calls tr[data-counter='A01'] td")).getText())
                .isEqualTo(called);
        chrome.screenshot("hall-board-live");

        chrome.logIn("clerk", "demo1234");
        browser.get(chrome.url("/staff/hall"));
        assertThat(browser.findElement(By.id("current-number")).getText()).isEqualTo(called);
        browser.findElement(By.id("call-next")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-done")));
        String next = browser.findElement(By.id("current-number")).getText();
        assertThat(next).isNotEqualTo(called).startsWith("A");
        browser.findElement(By.id("recall")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-done"), "已重呼 " + next));
        chrome.screenshot("hall-calling-panel");
        browser.findElement(By.id("receive")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已按叫号 " + next));
        assertThat(browser.getCurrentUrl()).contains("ticket=").doesNotContain("identifier");
        browser.get(chrome.url("/staff/hall"));
        browser.findElement(By.id("finish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-done"), next + " 已办结"));
    }
}
