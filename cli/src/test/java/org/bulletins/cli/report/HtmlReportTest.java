package org.bulletins.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.hash.Hashing;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.cli.report.ReportData.Copy;
import org.bulletins.cli.report.ReportData.DiagnosticLine;
import org.bulletins.cli.report.ReportData.FileReport;
import org.bulletins.cli.report.ReportData.Link;
import org.bulletins.cli.report.ReportData.Month;
import org.bulletins.cli.report.ReportData.Report;
import org.bulletins.cli.report.ReportData.Story;
import org.junit.jupiter.api.Test;

/**
 * The page's text is escaped wherever it goes, and the policy lets only the page's own code run.
 */
class HtmlReportTest {

  static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028 \"'";

  @Test
  void hostileTextCannotLeaveTheDataBlockAndComesBackIntact() throws Exception {
    String html = page(report(HOSTILE));
    // Only the page's own two script elements, whatever the data says.
    assertThat(count(html, "<script")).isEqualTo(2);
    assertThat(count(html, "</script")).isEqualTo(2);
    assertThat(html).doesNotContain("<!--").doesNotContain("\u2028");

    JsonNode data = new JsonMapper().readTree(dataBlock(html));
    JsonNode story = data.get("stories").get(0);
    assertThat(story.get("title").asText()).isEqualTo(HOSTILE);
    assertThat(story.get("copies").get(0).get("paragraphs").get(0).asText()).isEqualTo(HOSTILE);
    assertThat(story.get("links").get(0).get("sharedTerms").get(0).asText()).isEqualTo(HOSTILE);
    assertThat(story.get("date").isNull()).isTrue();
    JsonNode file = data.get("files").get(0);
    assertThat(file.get("source").asText()).isEqualTo(HOSTILE);
    assertThat(file.get("diagnostics").get(0).get("text").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void thePolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
    String html = page(report("A title"));
    String style = between(html, "<style>", "</style>");
    String script = between(html, "<script>", "</script>");
    assertThat(html)
        .contains("style-src &#39;" + sha256(style) + "&#39;")
        .contains("script-src &#39;" + sha256(script) + "&#39;")
        .contains("default-src &#39;none&#39;");
    // Nothing is loaded from anywhere: no src, no http(s) address outside the SVG namespace.
    assertThat(html).doesNotContain(" src=");
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void theSummaryCountsInWords() throws Exception {
    assertThat(page(report("A title")))
        .contains("1 story (0 merged from copies) from 1 item in 1 file; 1 diagnostic (1 error).");
  }

  static String page(Report report) throws Exception {
    StringWriter out = new StringWriter();
    HtmlReport.write(report, out);
    return out.toString();
  }

  static Report report(String text) {
    Copy copy = new Copy("page.txt", 3, 1, 5, null, text, List.of(text));
    Link link =
        new Link(
            0, 1, true, "exact-copy", 1, 1, 1, null, List.of(text), List.of(), Map.of("x", 1.0));
    Story story =
        new Story(
            "0123456789abcdef", "singleton", null, text, List.of(copy), List.of(), List.of(link));
    FileReport file =
        new FileReport(
            text, 1, 1, 0, 0, List.of(new DiagnosticLine("error", "a.b", text, 1, 1, text)), 0);
    return new Report(1, List.of(story), List.of(new Month("2024-01", 0, 0)), List.of(file));
  }

  static String dataBlock(String html) {
    return between(html, "<script type=\"application/json\" id=\"report-data\">", "</script>");
  }

  static String between(String html, String start, String end) {
    Matcher m =
        Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("%s...%s", start, end).isTrue();
    return m.group(1);
  }

  static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  static String sha256(String text) {
    return "sha256-"
        + Base64.getEncoder()
            .encodeToString(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }
}
