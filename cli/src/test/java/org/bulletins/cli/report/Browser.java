package org.bulletins.cli.report;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through its chromedriver, offline: both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 *
 * <p>When Chromium is missing the browser tests fail, saying how to install it; {@code
 * -Dbulletins.browser.skip=true} skips them instead. {@code -Dbulletins.chromium=PATH} and {@code
 * -Dbulletins.chromedriver=PATH} point at other binaries.
 */
final class Browser {

  static final String SKIP_PROPERTY = "bulletins.browser.skip";

  private Browser() {}

  /** Quits the browser and deletes its profile folder. */
  static void stop(ChromeDriver driver, Path profile) throws Exception {
    try {
      driver.quit();
    } finally {
      if (Files.exists(profile)) {
        MoreFiles.deleteRecursively(profile, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }

  static ChromeDriver start(Path profile) throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean(SKIP_PROPERTY), "browser tests skipped (-D" + SKIP_PROPERTY + "=true)");
    Path chromium = Path.of(System.getProperty("bulletins.chromium", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("bulletins.chromedriver", "/usr/bin/chromedriver"));
    for (Path binary : List.of(chromium, driver)) {
      if (!Files.isExecutable(binary)) {
        fail(
            binary
                + " not found: the report's browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run installs them), or run with -D"
                + SKIP_PROPERTY
                + "=true to skip them");
      }
    }
    System.setProperty("webdriver.chrome.driver", driver.toString());
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver.toString()))
            .build();
    return new ChromeDriver(service, options);
  }
}
