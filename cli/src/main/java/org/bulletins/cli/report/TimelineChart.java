package org.bulletins.cli.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.bulletins.cli.report.ReportData.Month;

/**
 * The timeline as inline SVG, drawn here rather than in the page's script so that it shows without
 * script and in print: per month, a bar of the copies read and, in front, a bar of the stories they
 * make. A table of the same figures follows for screen readers and for exact numbers.
 */
final class TimelineChart {

  /** Year labels closer than this many months overlap. */
  private static final int MONTHS_BETWEEN_YEAR_LABELS = 4;

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The plot's preferred width: a few months get wide bars, many months narrow ones. */
  private static final int PREFERRED_WIDTH = 760;

  private static final int MIN_SLOT = 12;
  private static final int MAX_SLOT = 48;
  private static final int LEFT = 44;
  private static final int TOP = 12;
  private static final int PLOT = 160;
  private static final int BOTTOM = 36;

  private TimelineChart() {}

  /** The chart's HTML: a figure with the SVG, a legend and the table; a note when empty. */
  static String html(List<Month> months, int undated) {
    StringBuilder out = new StringBuilder();
    if (months.isEmpty()) {
      out.append("<p class=\"note\">No dated story: nothing to chart.</p>\n");
    } else {
      svg(months, out);
      out.append("<div class=\"legend\" aria-hidden=\"true\">")
          .append("<span><span class=\"swatch swatch-stories\"></span>stories</span>")
          .append("<span><span class=\"swatch swatch-copies\"></span>copies read</span>")
          .append("</div>\n");
    }
    if (undated > 0) {
      out.append("<p class=\"note\">")
          .append(undated)
          .append(undated == 1 ? " undated story is" : " undated stories are")
          .append(" not in the chart.</p>\n");
    }
    if (!months.isEmpty()) {
      table(months, out);
    }
    return out.toString();
  }

  private static void svg(List<Month> months, StringBuilder out) {
    int max = months.stream().mapToInt(Month::copies).max().orElse(0);
    int scale = niceCeiling(Math.max(max, 1));
    int slot = Math.max(MIN_SLOT, Math.min(MAX_SLOT, PREFERRED_WIDTH / months.size()));
    int bar = slot * 3 / 4;
    int width = LEFT + months.size() * slot + 8;
    // Up to the preferred width the chart shrinks to fit a phone; wider, it scrolls sideways.
    boolean wide = width > PREFERRED_WIDTH + LEFT + 8;
    int height = TOP + PLOT + BOTTOM;
    int stories = months.stream().mapToInt(Month::stories).sum();
    out.append("<div class=\"chart-wrap\">")
        .append(wide ? "<svg class=\"chart chart-wide\"" : "<svg class=\"chart\"")
        .append(" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">")
        .append("<title id=\"chart-title\">Stories and copies per month</title>")
        .append("<desc id=\"chart-desc\">")
        .append(
            HTML.escape(
                stories
                    + " dated stories from "
                    + label(months.get(0))
                    + " to "
                    + label(months.get(months.size() - 1))
                    + "; the table below gives the figures of each month."))
        .append("</desc>");
    // Grid lines and the scale at 0, half and full.
    for (int step = 0; step <= 2; step++) {
      int value = scale * step / 2;
      int y = TOP + PLOT - PLOT * step / 2;
      out.append("<line class=\"")
          .append(step == 0 ? "axis" : "grid")
          .append("\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(width - 4)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\"/>");
      out.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\">")
          .append(value)
          .append("</text>");
    }
    for (int i = 0; i < months.size(); i++) {
      Month month = months.get(i);
      int x = LEFT + i * slot + (slot - bar) / 2;
      out.append("<g class=\"month\" tabindex=\"0\" role=\"button\" data-month=\"")
          .append(HTML.escape(month.month()))
          .append("\" aria-label=\"")
          .append(HTML.escape(label(month) + ": show these stories"))
          .append("\"><title>")
          .append(
              HTML.escape(
                  label(month)
                      + ": "
                      + month.stories()
                      + " stories, "
                      + month.copies()
                      + " copies"))
          .append("</title>");
      out.append("<rect class=\"hit\" x=\"")
          .append(x - 2)
          .append("\" y=\"")
          .append(TOP)
          .append("\" width=\"")
          .append(bar + 4)
          .append("\" height=\"")
          .append(PLOT)
          .append("\"/>");
      bar(out, "copies", x, month.copies(), scale, bar);
      bar(out, "stories", x + bar / 4, month.stories(), scale, bar - bar / 2);
      out.append("</g>");
      YearMonth ym = YearMonth.parse(month.month());
      // The first month gets its year too, unless the next January's label is too close to it.
      boolean roomBeforeJanuary = 13 - ym.getMonthValue() >= MONTHS_BETWEEN_YEAR_LABELS;
      if ((i == 0 && roomBeforeJanuary) || ym.getMonthValue() == 1) {
        out.append("<text x=\"")
            .append(x)
            .append("\" y=\"")
            .append(TOP + PLOT + 14)
            .append("\">")
            .append(ym.getYear())
            .append("</text>");
      }
      if (months.size() <= 24 || ym.getMonthValue() == 7) {
        out.append("<text x=\"")
            .append(x + bar / 2)
            .append("\" y=\"")
            .append(TOP + PLOT + 28)
            .append("\" text-anchor=\"middle\">")
            .append(ym.getMonth().getDisplayName(TextStyle.NARROW, Locale.ENGLISH))
            .append("</text>");
      }
    }
    out.append("</svg></div>\n");
  }

  private static void bar(StringBuilder out, String kind, int x, int value, int scale, int width) {
    if (value == 0) {
      return;
    }
    int h = Math.max(1, (int) Math.round((double) PLOT * value / scale));
    out.append("<rect class=\"")
        .append(kind)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(TOP + PLOT - h)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(h)
        .append("\"/>");
  }

  private static void table(List<Month> months, StringBuilder out) {
    out.append("<details class=\"chart-table\"><summary>The figures by month</summary>")
        .append("<table><thead><tr><th scope=\"col\">month</th>")
        .append("<th scope=\"col\" class=\"num\">stories</th>")
        .append("<th scope=\"col\" class=\"num\">copies</th></tr></thead><tbody>");
    for (Month month : months) {
      out.append("<tr><td>")
          .append(HTML.escape(label(month)))
          .append("</td><td class=\"num\">")
          .append(month.stories())
          .append("</td><td class=\"num\">")
          .append(month.copies())
          .append("</td></tr>");
    }
    out.append("</tbody></table></details>\n");
  }

  private static String label(Month month) {
    YearMonth ym = YearMonth.parse(month.month());
    return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
  }

  /**
   * The smallest of 2, 4 or 10 times a power of ten that is at least {@code value}: halves are
   * whole.
   */
  static int niceCeiling(int value) {
    for (long base = 1; ; base *= 10) {
      for (long m : new long[] {2, 4, 10}) {
        if (m * base >= value) {
          return (int) Math.min(m * base, Integer.MAX_VALUE);
        }
      }
    }
  }
}
