package org.immunodiff.web;

import org.immunodiff.http.ApiServer;
import org.immunodiff.http.ServerOptions;
import org.immunodiff.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run): the reference
 * case, following a recommendation, and a bad value. Screenshots of each state go to docs/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageInBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private ApiServer server;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        server = new ApiServer(TestEngine.service(), ServerOptions.defaults(0).withHost("127.0.0.1")).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1100");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("docs/screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private String leader() {
        List<WebElement> items = browser.findElements(By.cssSelector("#diagnoses > li"));
        return items.isEmpty() ? "" : items.get(0).getAttribute("data-id");
    }

    private String firstProbability() {
        return browser.findElement(By.cssSelector("#diagnoses > li .prob")).getText();
    }

    @Test
    @Order(1)
    void theReferenceCaseRanksLeiomyosarcomaFirstWithGrade3() throws IOException {
        wait.until(d -> d.findElements(By.cssSelector("#sample option")).size() > 5);
        new Select(browser.findElement(By.id("sample"))).selectByValue("reference-laryngeal-leiomyosarcoma.json");
        wait.until(d -> "leiomyosarcoma".equals(leader()));
        wait.until(d -> d.findElement(By.id("grade")).getText().contains("FNCLCC grade 3"));
        assertThat(browser.findElement(By.id("grade")).getText()).contains("Ki-67 stood in");
        assertThat(browser.findElement(By.id("kb")).getText()).contains("sha256");
        assertThat(browser.findElement(By.id("caveats")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Decision support, not a diagnosis");
        browser.findElement(By.cssSelector("#diagnoses > li details summary")).click();
        screenshot("reference-case.png");
    }

    @Test
    @Order(2)
    void followingARecommendationMovesTheRanking() throws IOException {
        String before = firstProbability();
        WebElement add = wait.until(d -> d.findElement(By.cssSelector("#recommendations .add-rec[data-result='positive']")));
        String marker = add.getAttribute("data-marker");
        add.click();
        wait.until(d -> d.findElements(By.cssSelector("#markers tbody tr")).stream().anyMatch(r -> r.getText().contains(marker)));
        wait.until(d -> !firstProbability().equals(before));
        screenshot("recommendation-followed.png");
    }

    @Test
    @Order(3)
    void aBadValueShowsTheServersMessageByTheField() throws IOException {
        WebElement kiRow = browser.findElements(By.cssSelector("#markers tbody tr")).stream()
                .filter(r -> r.getText().startsWith("Ki-67")).findFirst().orElseThrow();
        WebElement percent = kiRow.findElement(By.cssSelector("input[type=number]"));
        percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "140");
        WebElement message = wait.until(d -> d.findElement(By.cssSelector("#markers .field-error")));
        assertThat(message.getText()).contains("percent").contains("100");
        assertThat(percent.getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("bad-value.png");
    }

    @Test
    @Order(4)
    void aMarkerIsFoundByItsSynonymAndAddedWithTheKeyboard() {
        WebElement box = browser.findElement(By.id("new-marker"));
        box.sendKeys("ASMA", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#markers tbody tr")).stream().anyMatch(r -> r.getText().startsWith("ASMA")));
        List<String> options = browser.findElements(By.cssSelector("#marker-list option")).stream().map(o -> o.getAttribute("value")).toList();
        assertThat(options).contains("MIB-1", "ASMA");
    }

    @Test
    @Order(5)
    void aFeatureIsPickedFromTheVocabulary() {
        wait.until(d -> d.findElements(By.cssSelector("#feature-list option")).size() > 50);
        WebElement box = browser.findElement(By.id("new-feature"));
        box.sendKeys("verocay bodies", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("features")).getAttribute("value").contains("verocay bodies"));
    }

    @Test
    @Order(6)
    void aLaboratorysStainMenuShowsTheBetterStainsItDoesNotOfferApart() {
        // a service started with --stain-menu: smooth-muscle actin, desmin and h-caldesmon only, so MSA and calponin,
        // which would separate leiomyosarcoma from UPS in the reference case, are named apart
        ApiServer narrowed = new ApiServer(TestEngine.service().withStainMenu(org.immunodiff.engine.StainMenu.of(
                java.util.Set.of("SMA", "desmin", "h-caldesmon"))), ServerOptions.defaults(0).withHost("127.0.0.1")).start();
        try {
            browser.get("http://127.0.0.1:" + narrowed.port() + "/");
            wait.until(d -> d.findElements(By.cssSelector("#sample option")).size() > 5);
            new Select(browser.findElement(By.id("sample"))).selectByValue("reference-laryngeal-leiomyosarcoma.json");
            wait.until(d -> "leiomyosarcoma".equals(leader()));
            String apart = wait.until(d -> {
                String text = d.findElement(By.id("not-offered")).getText();
                return text.isBlank() ? null : text;
            });
            assertThat(apart).contains("menu of 3 stains").contains("MSA");
            assertThat(browser.findElement(By.id("recommendations")).getText()).doesNotContain("MSA");
        } finally {
            narrowed.stop();
        }
    }
}
