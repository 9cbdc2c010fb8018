package org.bulletins.parser.internal;

import java.util.List;
import org.bulletins.parser.NumericDateOrder;

/**
 * Infers the page's order of numeric dates, from the strongest evidence the page gives:
 *
 * <ol>
 *   <li>its unambiguous numeric dates: a day above 12 settles it ({@code 23/09/2020} is day-first,
 *       {@code 09/23/2020} month-first);
 *   <li>else, when it has an ambiguous one, its dates written with a month name, on date lines or
 *       whole in its text, two or more of them and all one way: {@code March 5, 2024} puts the
 *       month first, {@code 5 March 2024} and {@code 5 de marzo de 2024} the day;
 *   <li>else, unless a written date puts the month first, its language: a page in Spanish, French
 *       or Portuguese ({@link RomanceText}) writes the day first.
 * </ol>
 *
 * <p>At each step, a page that shows both orders settles nothing there. A page that settles nothing
 * has its ambiguous dates read in the parser's configured order, each with {@code date.ambiguous}.
 */
final class NumericOrderVote {

  /**
   * The fewest written dates that settle the order: one date quoted the other way round (a UK page
   * citing {@code May 2, 2024}) does not flip a page.
   */
  private static final int MIN_WRITTEN = 2;

  private NumericOrderVote() {}

  /**
   * The order the page's dates show.
   *
   * @param window the classified window
   * @param dates the date recogniser, for the month names of written dates
   * @return the order, or null if the page does not settle it
   */
  static NumericDateOrder of(List<Line> window, DateLineParser dates) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    boolean ambiguous = false;
    int writtenVotes = 0;
    for (Line line : window) {
      if (line.date() != null) {
        NumericDateOrder shown = DateLineParser.orderShown(line.text());
        dayFirst |= shown == NumericDateOrder.DAY_FIRST;
        monthFirst |= shown == NumericDateOrder.MONTH_FIRST;
        ambiguous |= shown == null && DateLineParser.isAmbiguousNumeric(line.text());
      }
    }
    if (dayFirst != monthFirst) {
      return dayFirst ? NumericDateOrder.DAY_FIRST : NumericDateOrder.MONTH_FIRST;
    }
    if (dayFirst || !ambiguous) {
      return null; // both orders shown, or nothing to settle
    }
    for (Line line : window) {
      NumericDateOrder written = null;
      if (line.date() == null) {
        written = line.kind() == LineKind.BLANK ? null : dates.orderInText(line.text());
      } else if (!DateLineParser.isAmbiguousNumeric(line.text())) {
        // A line of a numeric date names no month: a month name there is in its title's words.
        written = dates.writtenOrder(line.text());
      }
      dayFirst |= written == NumericDateOrder.DAY_FIRST;
      monthFirst |= written == NumericDateOrder.MONTH_FIRST;
      writtenVotes += written == null ? 0 : 1;
    }
    if (dayFirst != monthFirst && writtenVotes >= MIN_WRITTEN) {
      return dayFirst ? NumericDateOrder.DAY_FIRST : NumericDateOrder.MONTH_FIRST;
    }
    return !monthFirst && RomanceText.isRomance(window) ? NumericDateOrder.DAY_FIRST : null;
  }
}
