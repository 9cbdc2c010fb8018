package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures how long report pages take to load in headless Chromium, from the browser's Performance
 * API; not a test (no assertion on time) and not run by {@code verify}. The pages alternate, so
 * that a noisy machine slows all of them alike; the first page is the baseline of the ratios.
 *
 * <pre>
 * benchmarks/scripts/report-load.sh          # builds the pages, then runs this
 * ./mvnw -B -q -pl cli -am test -Dtest=ReportLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbulletins.report.pages=seeds.html,10k.html -Dbulletins.report.runs=7
 * </pre>
 */
class ReportLoadBenchmark {

  /** One load: when the page's list was ready, when load ended, and a filter over all stories. */
  record Sample(
      double start, double ready, double load, double filter, double parse, long stories) {}

  @Test
  void measure() throws Exception {
    String pages = System.getProperty("bulletins.report.pages", "");
    Assumptions.assumeFalse(pages.isBlank(), "give -Dbulletins.report.pages=A.html,B.html");
    int runs = Integer.getInteger("bulletins.report.runs", 7);
    List<Path> paths =
        Arrays.stream(pages.split(",")).map(p -> Path.of(p).toAbsolutePath()).toList();
    List<List<Sample>> samples = new ArrayList<>();
    paths.forEach(p -> samples.add(new ArrayList<>()));
    Path profile = Path.of("target", "report-benchmark-profile-" + ProcessHandle.current().pid());
    ChromeDriver driver = Browser.start(profile);
    try {
      for (int run = -1; run < runs; run++) { // run -1 warms the browser up and is not counted
        for (int i = 0; i < paths.size(); i++) {
          Sample sample = load(driver, paths.get(i));
          if (run >= 0) {
            samples.get(i).add(sample);
          }
        }
      }
    } finally {
      Browser.stop(driver, profile);
    }
    double baseReady = median(samples.get(0), Sample::ready);
    double baseLoad = median(samples.get(0), Sample::load);
    System.out.printf(
        Locale.ROOT,
        "# Chromium %s, %d runs per page, medians in ms%n",
        driver.getCapabilities().getBrowserVersion(),
        runs);
    System.out.printf(
        Locale.ROOT,
        "%-24s %8s %7s %9s %9s %9s %11s %8s %8s%n",
        "page",
        "stories",
        "MB",
        "script",
        "ready",
        "load",
        "x base",
        "parse",
        "filter");
    for (int i = 0; i < paths.size(); i++) {
      List<Sample> s = samples.get(i);
      double ready = median(s, Sample::ready);
      double load = median(s, Sample::load);
      System.out.printf(
          Locale.ROOT,
          "%-24s %8d %7.2f %9.1f %9.1f %9.1f %5.1f/%5.1f %8.1f %8.1f%n",
          paths.get(i).getFileName(),
          s.get(0).stories(),
          Files.size(paths.get(i)) / 1e6,
          median(s, Sample::start),
          ready,
          load,
          ready / baseReady,
          load / baseLoad,
          median(s, Sample::parse),
          median(s, Sample::filter));
    }
    System.out.println(
        "# script: when the page's script starts (the HTML before it is parsed);"
            + " ready: the script's mark after the first stories are listed; load: loadEventEnd;"
            + " x base: ready/load against the first page; parse: JSON.parse of the data again;"
            + " filter: a title search over every story");
  }

  private static Sample load(ChromeDriver driver, Path page) {
    driver.get(page.toUri().toString());
    JavascriptExecutor js = driver;
    @SuppressWarnings("unchecked")
    Map<String, Object> t =
        (Map<String, Object>)
            js.executeScript(
                "var nav = performance.getEntriesByType('navigation')[0];"
                    + "var ready = performance.getEntriesByName('bulletins-report-ready')[0];"
                    + "var start = performance.getEntriesByName('bulletins-report-start')[0];"
                    + "var text = document.getElementById('report-data').textContent;"
                    + "var t0 = performance.now(); var stories = JSON.parse(text).stories.length;"
                    + "var parse = performance.now() - t0;"
                    + "var box = document.getElementById('f-text');"
                    + "var t1 = performance.now();"
                    + "box.value = 'a'; box.dispatchEvent(new Event('change'));"
                    + "var filter = performance.now() - t1;"
                    + "box.value = ''; box.dispatchEvent(new Event('change'));"
                    + "return {start: start.startTime, ready: ready ? ready.startTime : -1, load: nav.loadEventEnd, filter: filter,"
                    + " parse: parse, stories: stories};");
    double ready = ((Number) t.get("ready")).doubleValue();
    assertThat(ready).as("the page's script finished").isPositive();
    return new Sample(
        ((Number) t.get("start")).doubleValue(),
        ready,
        ((Number) t.get("load")).doubleValue(),
        ((Number) t.get("filter")).doubleValue(),
        ((Number) t.get("parse")).doubleValue(),
        ((Number) t.get("stories")).longValue());
  }

  private static double median(
      List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
    double[] v = samples.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
