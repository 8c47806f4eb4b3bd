package org.onevisit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driving the pages of a test server on this machine as a user would, with
 * screenshots under {@code target/screenshots} to look at. A {@link BrowserTest} class gets one from its
 * {@link BrowserFixture}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Path profile;
    private final int port;

    private HeadlessChromium(int port, int height) throws IOException {
        this.port = port;
        this.profile = Files.createTempDirectory("onevisit-chromium");
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366," + height, "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.browser = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    /** Whether Chromium is installed; browser tests are skipped only when it is not. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM);
    }

    static HeadlessChromium open(int port, int windowHeight) throws IOException {
        return new HeadlessChromium(port, windowHeight);
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in on the login page as {@code username} and waits until the page after it is shown. */
    public void logIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("password")).submit();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Logs in for the first time with the password an administrator set, is sent to change it, changes it to
     * {@code chosen} and waits until the change is confirmed.
     */
    public void logInFirstTime(String username, String given, String chosen) {
        logIn(username, given);
        wait.until(ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys(given);
        browser.findElement(By.id("newPassword")).sendKeys(chosen);
        browser.findElement(By.id("newPasswordAgain")).sendKeys(chosen);
        browser.findElement(By.id("newPasswordAgain")).submit();
        wait.until(ExpectedConditions.urlContains("changed"));
    }

    /**
     * What the browser's console reported as a breach of the content security policy since the last call (the
     * console is read once).
     */
    public List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * The serious and critical accessibility problems that axe-core finds on the page shown, each as its rule, what it
     * asks for and the elements concerned; every page checked is tallied in {@code target/accessibility.tsv}.
     */
    public List<String> accessibilityProblems() {
        return AxeCore.seriousOrCritical(AxeCore.check(browser)).stream().map(AxeCore.Violation::toString).toList();
    }

    /** Forgets the last test's login and what its pages wrote to the console, so the next test starts from the same place. */
    void startAfresh() {
        if (browser.getCurrentUrl() != null && browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
        browser.manage().logs().get(LogType.BROWSER);
    }

    public void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
