package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's Chromium, headless: it loads, filters, opens an event and shows its
 * article with the parts of the event marked, and shows hostile markup as text. Screenshots go
 * to target/screenshots. Skipped where Chromium and its driver are not installed (.ci/run installs them).
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static EventStore store;
    private static WebServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver (Debian packages chromium, chromium-driver) are not installed");
        // Selenium warns through java.util.logging when the browser is newer than its DevTools bindings
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        store = SampleStore.create();
        server = WebServer.start(store, "127.0.0.1", 0);
        profile = Files.createTempDirectory("dyad-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without the background-networking switches Chromium keeps calling home, which a closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @BeforeEach
    void open() {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#events tbody tr"));
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    @Test
    void filterOpenAnEventAndSeeItsArticleMarked() throws Exception {
        assertThat(rows()).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#network .node circle"))).hasSize(5);
        assertThat(browser.findElement(By.id("summary")).getText()).contains("5 events from 3 articles");
        screenshot("dashboard.png");

        new Select(browser.findElement(By.id("f-modality"))).selectByValue("hypothetical");
        browser.findElement(By.id("apply")).click();
        waitUpTo(10).until(d -> rows().size() == 1);
        assertThat(browser.findElement(By.id("events-count")).getText()).contains("1 selected");
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("modality=hypothetical");

        rows().get(0).click();
        WebElement article = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("article-panel")));
        assertThat(article.findElement(By.id("article-title")).getText()).isEqualTo("Sanctions threatened");
        // an article without a URL shows no link and no placeholder
        assertThat(article.findElement(By.id("article-meta")).getText()).doesNotContain("null")
                .contains("Horn Dispatch");
        assertThat(article.findElement(By.cssSelector("#article-text mark.role-source")).getText()).isEqualTo("The United States");
        assertThat(article.findElement(By.cssSelector("#article-text mark.role-verb")).getText()).isEqualTo("impose sanctions");
        assertThat(article.findElement(By.cssSelector("#article-text mark.role-target")).getText()).isEqualTo("Ethiopia");
        assertThat(article.findElement(By.cssSelector("[data-why='Event']")).getText()).startsWith("163 Impose embargo");
        assertThat(article.findElement(By.cssSelector("[data-why='Written at']")).getText()).isEqualTo("verbs-test.yaml:1");
        assertThat(article.findElement(By.cssSelector("[data-why='Modality']")).getText()).isEqualTo("hypothetical");
        screenshot("article.png");
    }

    @Test
    void clickingAnActorFiltersByIt() {
        WebElement kenya = browser.findElements(By.cssSelector("#network .node")).stream()
                .filter(n -> n.findElement(By.tagName("text")).getText().equals("KEN")).findFirst().orElseThrow();
        kenya.findElement(By.tagName("circle")).click();
        waitUpTo(10).until(d -> rows().size() == 1);
        assertThat(browser.findElement(By.id("f-actor")).getAttribute("value")).isEqualTo("KEN");
    }

    @Test
    void markupInAnArticleIsShownAsText() throws Exception {
        WebElement hostile = rows().stream().filter(r -> "hostile".equals(r.getAttribute("data-article-id")))
                .findFirst().orElseThrow();
        hostile.click();
        WebElement text = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertThat(text.getText()).contains("<script>").contains("<img src=x onerror=");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElement(By.id("article-title")).getText()).startsWith("<script>");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
        // a javascript: address is not turned into a link
        assertThat(browser.findElements(By.cssSelector("#article-meta a"))).isEmpty();
        screenshot("hostile-article.png");
    }
}
