package org.bulletins.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.escape.Escaper;
import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.cli.report.ReportData.FileReport;
import org.bulletins.cli.report.ReportData.Report;
import org.bulletins.model.json.BulletinsJson;

/**
 * Writes a report as one self-contained HTML page: the style, the script and the data are inline,
 * and the page's Content-Security-Policy allows nothing else (no network, no other script).
 *
 * <p>Every text from the input is escaped: in the HTML with Guava's escaper, and in the JSON data
 * block with {@code <}, {@code >}, {@code &} and the two JavaScript line separators written as
 * {@code \\uXXXX}, so that no title can close the block. The script puts texts in the page with
 * {@code textContent} only.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   HtmlReport.write(report, out);
 * }
 * }</pre>
 */
public final class HtmlReport {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z]+)\\}\\}");
  private static final String TEMPLATE = resource("report.html");
  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** Only the page's own style and script may run; nothing may be fetched. */
  static final String CSP =
      "default-src 'none'; img-src data:; style-src '"
          + sha256(STYLE)
          + "'; script-src '"
          + sha256(SCRIPT)
          + "'; base-uri 'none'; form-action 'none'";

  private static final ObjectWriter JSON =
      BulletinsJson.newMapper()
          .writer()
          .with(new HtmlSafeEscapes())
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private HtmlReport() {}

  /**
   * Writes the page; does not close {@code out}.
   *
   * @param report the report's data
   * @param out where the page goes
   * @throws IOException if writing fails
   */
  public static void write(Report report, Writer out) throws IOException {
    Matcher matcher = PLACEHOLDER.matcher(TEMPLATE);
    int next = 0;
    while (matcher.find()) {
      out.write(TEMPLATE, next, matcher.start() - next);
      switch (matcher.group(1)) {
        case "TITLE" -> out.write("bulletins report");
        case "CSP" -> out.write(HTML.escape(CSP));
        case "STYLE" -> out.write(STYLE);
        case "SUMMARY" -> out.write(HTML.escape(summary(report)));
        case "CHART" ->
            out.write(
                TimelineChart.html(
                    report.months(),
                    (int) report.stories().stream().filter(s -> s.date() == null).count()));
        case "DATA" -> JSON.writeValue(out, report);
        case "SCRIPT" -> out.write(SCRIPT);
        default -> throw new IllegalStateException("unknown placeholder " + matcher.group());
      }
      next = matcher.end();
    }
    out.write(TEMPLATE, next, TEMPLATE.length() - next);
  }

  private static String summary(Report report) {
    long merged = report.stories().stream().filter(s -> s.copies().size() > 1).count();
    long diagnostics =
        report.files().stream().mapToLong(f -> f.errors() + f.warnings() + f.infos()).sum();
    long errors = report.files().stream().mapToLong(FileReport::errors).sum();
    return count(report.stories().size(), "story", "stories")
        + " ("
        + String.format(Locale.ROOT, "%,d", merged)
        + " merged from copies) from "
        + count(report.items(), "item", "items")
        + " in "
        + count(report.files().size(), "file", "files")
        + "; "
        + count(diagnostics, "diagnostic", "diagnostics")
        + (diagnostics == 0 ? "." : " (" + count(errors, "error", "errors") + ").");
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  private static String sha256(String text) {
    return "sha256-"
        + Base64.getEncoder()
            .encodeToString(Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON escapes that keep a string from ending the script element or being read as markup. */
  static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Valid in JSON but line ends to older JavaScript parsers: escaped, as a JSON-in-HTML habit.
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      return ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
  }
}
