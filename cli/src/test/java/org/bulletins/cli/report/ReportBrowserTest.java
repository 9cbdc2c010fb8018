package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.bulletins.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a report in headless Chromium and uses it as a person would: the pages are written here in
 * our own words, with a copy that differs by a few words, a title that tries to inject markup and a
 * file with an impossible date. Screenshots go to {@code target/report-browser/}.
 */
class ReportBrowserTest {

  static final String HOSTILE = "</script><img src=x onerror=window.__pwned=1>";
  static final Path DIR = Path.of("target", "report-browser");

  static ChromeDriver driver;
  static Path profile;
  static Path report;
  static List<String> expectedTitles;

  @BeforeAll
  static void writeReportAndStartBrowser() throws Exception {
    Path pages = DIR.resolve("pages");
    Files.createDirectories(pages);
    Files.writeString(pages.resolve("page-a.txt"), PAGE_A);
    Files.writeString(pages.resolve("page-b.txt"), PAGE_B);
    Files.writeString(pages.resolve("bad.txt"), BAD);
    report = DIR.resolve("report.html");
    assertThat(run("report", "-o", report.toString(), pages.toString())).isZero();
    expectedTitles = mergedTitles(pages);
    profile = DIR.resolve("profile-" + ProcessHandle.current().pid());
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (driver != null) {
      Browser.stop(driver, profile);
    }
  }

  @BeforeEach
  void open() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(report.toUri().toString());
    driver.manage().logs().get(LogType.BROWSER); // start each test with an empty console
  }

  @Test
  void loadsWithoutConsoleErrorsAndListsEveryStoryTitle() {
    assertThat(titlesShown()).containsExactlyInAnyOrderElementsOf(expectedTitles).hasSize(5);
    driver.get(report.toUri().toString()); // a fresh load, for its console
    titlesShown();
    assertThat(errors()).isEmpty();
    assertThat(driver.findElement(By.id("story-count")).getText()).isEqualTo("All 5 stories.");
  }

  @Test
  void aClickExpandsAStoryAndShowsTheWordDiffAndEvidence() {
    WebElement story = story("Harbour town opens a new reading room for seasonal workers");
    WebElement details = story.findElement(By.tagName("details"));
    assertThat(details.getAttribute("open")).isNull();
    story.findElement(By.tagName("summary")).click();
    assertThat(details.getAttribute("open")).isNotNull();
    waitUntilBuilt(details, By.className("story-body"));

    List<String> removed = texts(story.findElements(By.cssSelector(".diff del")));
    List<String> added = texts(story.findElements(By.cssSelector(".diff ins")));
    assertThat(removed).contains("Volunteers", "staff");
    assertThat(added).contains("Local volunteers", "run");
    assertThat(story.findElement(By.cssSelector(".evidence h4")).getText())
        .isEqualTo("Copies 1 and 2: same story by rule near-duplicate");
    assertThat(texts(story.findElements(By.cssSelector(".evidence .terms li")))).contains("six");
    assertThat(story.findElements(By.cssSelector(".copies-table tbody tr"))).hasSize(2);
    assertThat(errors()).isEmpty();
  }

  @Test
  void theKeyboardOpensAndClosesAStory() {
    WebElement summary =
        story("Farmers trade seeds at the valley market").findElement(By.tagName("summary"));
    WebElement details = summary.findElement(By.xpath(".."));
    summary.sendKeys(Keys.ENTER);
    assertThat(details.getAttribute("open")).isNotNull();
    waitUntilBuilt(details, By.className("story-body"));
    assertThat(details.getText()).contains("swap seeds of old bean");
    summary.sendKeys(Keys.SPACE);
    assertThat(details.getAttribute("open")).isNull();
  }

  @Test
  void theFilterHidesAndShowsStories() {
    WebElement text = driver.findElement(By.id("f-text"));
    text.sendKeys("HARBOUR");
    waitForRows(1);
    assertThat(titlesShown())
        .containsExactly("Harbour town opens a new reading room for seasonal workers");
    assertThat(driver.findElement(By.id("story-count")).getText()).isEqualTo("1 story of 5 match.");

    text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    waitForRows(5);

    new Select(driver.findElement(By.id("f-kind"))).selectByValue("near-duplicate");
    waitForRows(1);
    new Select(driver.findElement(By.id("f-kind"))).selectByValue("singleton");
    waitForRows(4);
    new Select(driver.findElement(By.id("f-kind"))).selectByValue("");

    setDate("f-from", "2024-01-01");
    setDate("f-to", "2024-04-30");
    waitForRows(2); // the harbour story and the hostile one; undated and 2023 and May are out
    // Newest first, as the timeline command lists them.
    assertThat(titlesShown())
        .containsExactly(HOSTILE, "Harbour town opens a new reading room for seasonal workers");

    driver.findElement(By.id("f-reset")).click();
    waitForRows(5);
  }

  @Test
  void aMonthOfTheChartFiltersTheStories() {
    WebElement may = driver.findElement(By.cssSelector(".chart .month[data-month='2024-05']"));
    may.sendKeys(Keys.ENTER);
    waitForRows(1);
    assertThat(titlesShown()).containsExactly("Mountain school gets solar panels before winter");
  }

  @Test
  void aHostileTitleStaysText() {
    WebElement title = story(HOSTILE).findElement(By.className("story-title"));
    assertThat(title.getText()).isEqualTo(HOSTILE);
    assertThat(title.findElements(By.xpath("./*"))).isEmpty();
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return document.querySelectorAll('img').length")).isEqualTo(0L);
    assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(errors()).isEmpty();
  }

  @Test
  void diagnosticsShowTheLineAndItsText() {
    WebElement file =
        driver.findElements(By.cssSelector("#file-list details.file")).stream()
            .filter(d -> d.getText().contains("bad.txt"))
            .findFirst()
            .orElseThrow();
    file.findElement(By.tagName("summary")).click();
    waitUntilBuilt(file, By.cssSelector(".diagnostics li"));
    WebElement item = file.findElement(By.cssSelector(".diagnostics li"));
    assertThat(item.getText()).contains("bad.txt:1:1", "error", "date.impossible");
    assertThat(item.findElement(By.className("line-no")).getText()).isEqualTo("1");
    assertThat(item.findElement(By.className("line-content")).getText()).isEqualTo("31 June, 2024");
    assertThat(item.findElement(By.tagName("mark")).getText()).isEqualTo("3");
  }

  @Test
  void screenshotsForAPersonToLookAt() throws Exception {
    WebElement harbour = story("Harbour town opens a new reading room for seasonal workers");
    harbour.findElement(By.tagName("summary")).click();
    driver.findElements(By.cssSelector("#file-list details.file summary")).get(0).click();
    wholePage(1280, "report-desktop.png");
    // A phone: the top of the page, then the opened story.
    driver.manage().window().setSize(new Dimension(390, 844));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    save("report-phone.png");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", harbour);
    save("report-phone-story.png");
    // As printed: no controls, diff marks in brackets.
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(driver.findElement(By.id("filter")).isDisplayed()).isFalse();
      wholePage(800, "report-print.png");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  private static void wholePage(int width, String name) throws Exception {
    driver.manage().window().setSize(new Dimension(width, 1000));
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
    save(name);
  }

  private static void save(String name) throws Exception {
    Path png = DIR.resolve(name);
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  // ---- helpers ----

  private static List<String> titlesShown() {
    return texts(driver.findElements(By.cssSelector("#story-list .story-title")));
  }

  private static WebElement story(String title) {
    return driver.findElements(By.cssSelector("#story-list .story")).stream()
        .filter(s -> s.findElement(By.className("story-title")).getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no story titled " + title));
  }

  private static void waitForRows(int rows) {
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("#story-list .story")).size() == rows);
  }

  /**
   * Waits for a part of an opened story or file: the page builds it in the {@code toggle} event,
   * which the browser fires as a task after the click, so a loaded machine may not have run it yet.
   */
  private static void waitUntilBuilt(WebElement details, By part) {
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !details.findElements(part).isEmpty());
  }

  private static void setDate(String id, String isoDate) {
    // Typing into a date input depends on the locale; set the value and fire change as a pick does.
    ((JavascriptExecutor) driver)
        .executeScript(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change'));",
            id,
            isoDate);
  }

  private static List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    return errors;
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  static int run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    return Main.run(args, out, err);
  }

  /** The merged titles as the dedup command gives them: what the report must list. */
  private static List<String> mergedTitles(Path pages) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"dedup", pages.toString()}, out, new ByteArrayOutputStream()))
        .isZero();
    List<String> titles = new ArrayList<>();
    for (JsonNode cluster :
        new JsonMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("clusters")) {
      titles.add(cluster.get("merged").get("title").asText());
    }
    return titles;
  }

  static final String PAGE_A =
      """
      12 March, 2024

      Harbour town opens a new reading room for seasonal workers

      The council of a small harbour town opened a reading room on Tuesday where seasonal workers \
      can borrow books in six languages. Volunteers will staff it every evening until the end of \
      the season.

      The room was paid for by a regional fund for adult learning.

      03 April, 2024

      </script><img src=x onerror=window.__pwned=1>

      A title made to break pages that paste text into HTML & friends; it must show as plain text.

      20 May, 2024

      Mountain school gets solar panels before winter

      Pupils of a mountain school helped install forty solar panels on the roof of their gym, which \
      will now heat the building through the winter months.
      """;

  static final String PAGE_B =
      """
      12 March, 2024

      Harbour town opens new reading room for seasonal workers

      The council of a small harbour town opened a new reading room on Tuesday where seasonal \
      workers can borrow books in six languages. Local volunteers will run it every evening until \
      the end of the season.

      The room was paid for by a regional fund for adult learning.

      02 February, 2023

      Farmers trade seeds at the valley market

      Farmers from three valleys met at the spring market to swap seeds of old bean and maize \
      varieties.
      """;

  static final String BAD =
      """
      31 June, 2024

      A date that does not exist

      The date line above names a day June does not have.
      """;
}
