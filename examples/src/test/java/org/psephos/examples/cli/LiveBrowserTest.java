package org.psephos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psephos.text.Scoreboard;

/**
 * The page in a real browser: headless Chromium driven by Selenium, through Debian's {@code
 * chromium} and {@code chromium-driver} packages (nothing is downloaded; {@code .ci/run} installs
 * them when missing). Three declarations are posted to the server while the page is open: the
 * scoreboard, the progress and the list of councils change in place, without reloading.
 */
class LiveBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private LiveFixture live;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("the browser test needs headless Chromium: /usr/bin/chromium and"
            + " /usr/bin/chromedriver (apt-get install chromium chromium-driver; .ci/run installs"
            + " them)")
        .isTrue();
    live = LiveFixture.start();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory("psephos-chromium"),
        "--window-size=1200,1800");
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1200, 1800));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (live != null) {
      live.close();
    }
  }

  private String text(String id) {
    return String.valueOf(
        ((JavascriptExecutor) browser)
            .executeScript("return document.getElementById(arguments[0]).textContent", id));
  }

  private void await(String id, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .pollingEvery(Duration.ofMillis(20))
        .withMessage(() -> "#" + id + " to read " + text + " (it reads " + text(id) + ")")
        .until(driver -> text(id).equals(text));
  }

  @Test
  void thePageChangesInPlaceAsCouncilsDeclare() throws Exception {
    browser.get(live.base.toString());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    await("status", "Live");
    js.executeScript("window.psephosMarker = 'still here';");
    assertThat(text("councils-declared")).isEqualTo("0 of 32 councils declared");

    List<String> lines = LiveFixture.londonLines();
    List<String> newest =
        List.of("Barking and Dagenham: Labour hold", "Barnet: Conservative hold",
            "Bexley: Conservative hold");
    for (int i = 0; i < 3; i++) {
      long posted = System.nanoTime();
      live.declare(lines.get(i));
      await("councils-declared", (i + 1) + " of 32 councils declared");
      System.out.printf(
          "LiveBrowserTest: declaration %d shown %d ms after it was posted%n", i + 1,
          (System.nanoTime() - posted) / 1_000_000);
      assertThat(browser.findElement(By.cssSelector("#declared li")).getText())
          .isEqualTo(newest.get(i));
    }
    assertThat(browser.findElements(By.cssSelector("#declared li")))
        .extracting(element -> element.getText())
        .containsExactly(
            "Bexley: Conservative hold", "Barnet: Conservative hold",
            "Barking and Dagenham: Labour hold");
    String scoreboard =
        Scoreboard.standard().format(live.night.live().snapshot().standings());
    assertThat(text("scoreboard-text")).isEqualTo(scoreboard);
    assertThat(scoreboard)
        .startsWith("State of parties after 3 of 32 councils declare\n")
        .contains("Conservative: 2 councils; 72 seats", "Labour: 1 council; 87 seats");
    assertThat(text("seats-declared")).isEqualTo("Seats declared: 159 of 1,833");
    assertThat(js.executeScript("return window.psephosMarker")).as("no reload")
        .isEqualTo("still here");
    // the chart follows within a second: Conservative 72 seats (Barnet 38, Bexley 34)
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .pollingEvery(Duration.ofMillis(20))
        .until(driver -> !driver.findElements(
            By.cssSelector("#chart svg rect.bar[data-party='PP52'][data-seats='72']")).isEmpty());

    // the copy button copies exactly the scoreboard's text
    js.executeScript(
        "window.copied = null; navigator.clipboard.writeText = function (text) {"
            + " window.copied = text; return Promise.resolve(); };");
    browser.findElement(By.id("copy")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(driver -> js.executeScript("return window.copied") != null);
    assertThat(js.executeScript("return window.copied")).isEqualTo(scoreboard);
    assertThat(browser.findElement(By.id("copy")).getText()).isEqualTo("Copied");

    screenshot("serve-after-three.png");
    for (int i = 3; i < 20; i++) {
      live.declare(lines.get(i));
    }
    int declared = live.night.state().tally().standings().councilsDeclared();
    assertThat(declared).isEqualTo(20);
    await("councils-declared", declared + " of 32 councils declared");
    screenshot("serve-london-2018.png");
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
