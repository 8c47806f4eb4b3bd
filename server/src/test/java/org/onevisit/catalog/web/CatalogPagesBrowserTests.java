package org.onevisit.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.web.CatalogPagesTestData.BUNDLE;
import static org.onevisit.catalog.web.CatalogPagesTestData.LICENCE;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.BrowserTest;
import org.onevisit.HeadlessChromium;
import org.onevisit.catalog.CatalogEditing;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen's way through the catalog in a real browser: search with live results, read an item's guide,
 * switch to English, read a bundle's guide. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest(windowHeight = 1600)
class CatalogPagesBrowserTests {

    @Autowired
    CatalogEditing editing;

    HeadlessChromium chrome;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void a_browser_is_there(HeadlessChromium chrome) throws Exception {
        CatalogPagesTestData.load(editing);
        this.chrome = chrome;
        browser = chrome.browser();
        wait = chrome.waiting();
    }

    @Test
    void a_citizen_searches_reads_a_guide_in_chinese_and_english_and_reads_a_bundle() throws IOException {
        browser.get(chrome.url("/catalog"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        chrome.screenshot("catalog-search");

        browser.findElement(By.id("q")).sendKeys("页面测试餐饮");
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "页面测试餐饮许可"));
        wait.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector("#results a.item-link"), "页面测试公共服务"));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        chrome.screenshot("catalog-search-results");

        browser.findElement(By.linkText("页面测试餐饮许可")).click();
        wait.until(ExpectedConditions.urlContains("/catalog/items/" + LICENCE));
        assertThat(browser.findElements(By.cssSelector("table.materials tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("table.materials")).getText()).contains("申请表", "容缺后补");
        chrome.screenshot("item-guide-zh");

        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Materials to bring"));
        chrome.screenshot("item-guide-en");

        browser.get(chrome.url("/bundles/" + BUNDLE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flow")));
        assertThat(browser.findElements(By.cssSelector(".flow-level"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".flow-stage"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".longest-path")).getText()).isEqualTo("7 working days");
        chrome.screenshot("bundle-guide-en");

        browser.get(chrome.url("/bundles?lang=zh_CN"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bundle-card")));
        chrome.screenshot("bundles-zh");
        browser.findElements(By.cssSelector(".bundle-card")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flow")));
        chrome.screenshot("bundle-guide-zh");
    }

    @Test
    void an_administrator_adds_a_material_row_to_an_item_without_publishing() throws IOException {
        chrome.logIn("admin", "demo1234");

        browser.get(chrome.url("/admin/catalog/items/" + LICENCE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.item-form")));
        assertThat(browser.findElements(By.cssSelector("tr.material-row"))).hasSize(2);
        browser.findElement(By.cssSelector("button[value='add-material']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.material-row"), 3));
        chrome.screenshot("admin-item-edit");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('table.materials-edit').scrollIntoView()");
        chrome.screenshot("admin-item-materials");
    }

    @Test
    void retiring_an_item_asks_first_from_the_pages_script_file_and_nothing_happens_when_declined() throws IOException {
        chrome.logIn("admin", "demo1234");

        browser.get(chrome.url("/admin/catalog/items/" + LICENCE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.retire form")));
        browser.findElement(By.cssSelector("section.retire input[name=reason]")).sendKeys("页面测试：取消后又放弃");
        browser.findElement(By.cssSelector("section.retire button")).click();
        Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isNotBlank();
        confirm.dismiss();

        assertThat(browser.getCurrentUrl()).endsWith("/admin/catalog/items/" + LICENCE);
        assertThat(browser.findElements(By.cssSelector(".retired-notice"))).isEmpty();
        assertThat(chrome.contentSecurityPolicyViolations()).isEmpty();
    }
}
