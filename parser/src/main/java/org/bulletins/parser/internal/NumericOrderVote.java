package org.bulletins.parser.internal;

import java.util.List;
import org.bulletins.parser.NumericDateOrder;

/**
 * Infers the page's order of numeric dates from its unambiguous ones: a day above 12 settles it
 * ({@code 23/09/2020} is day-first, {@code 09/23/2020} month-first). A page with both, or with
 * neither, settles nothing, and the parser's configured order reads its ambiguous dates, each with
 * {@code date.ambiguous}.
 */
final class NumericOrderVote {

  private NumericOrderVote() {}

  /**
   * The order the page's dates show.
   *
   * @param window the classified window
   * @return the order, or null if the page does not settle it
   */
  static NumericDateOrder of(List<Line> window) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    for (Line line : window) {
      if (line.date() != null) {
        NumericDateOrder shown = DateLineParser.orderShown(line.text());
        dayFirst |= shown == NumericDateOrder.DAY_FIRST;
        monthFirst |= shown == NumericDateOrder.MONTH_FIRST;
      }
    }
    if (dayFirst == monthFirst) {
      return null;
    }
    return dayFirst ? NumericDateOrder.DAY_FIRST : NumericDateOrder.MONTH_FIRST;
  }
}
