package org.bulletins.parser.internal;

import java.util.List;
import java.util.Optional;

/**
 * Finds a date and a title on one line with nothing but a space between them, as some listings set
 * each item's first line ({@code 11th January 2024 Harbour dredging starts}, {@code 12/03/2024
 * Prefeitura inaugura a creche}, {@code 2024-03-12 Council adopts the budget}). A date alone is no
 * sign of a title after it ({@code 12 March 2024 saw the first ferry}), so the page must set two
 * lines so or more, each over text of its own ({@link #opensLines}), before one is read so.
 */
final class SpacedDate {

  /** The longest date before the title, in chars. */
  private static final int MAX_DATE = 40;

  /** The fewest lines of a page's window set so before the page is read as setting them. */
  private static final int MIN_LINES = 2;

  private SpacedDate() {}

  /**
   * Whether the window sets two of its text lines or more as a date and a title-like text after it,
   * each over a line of text that is no such line.
   *
   * @param window the classified lines of a page's window
   * @param dates the page's date recogniser
   * @return true if the page opens lines with dates and no separator
   */
  static boolean opensLines(List<Line> window, DateLineParser dates) {
    int found = 0;
    for (int i = 0; i < window.size(); i++) {
      if (opensItem(window, i, dates) && ++found >= MIN_LINES) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line is a date and a title-like text, over text of its own: a timeline's dated lines
   * one under the other ({@code 12 March 2024 Works start} / {@code 3 April 2024 Road reopens}) are
   * no listing's items.
   */
  private static boolean opensItem(List<Line> window, int index, DateLineParser dates) {
    Line line = window.get(index);
    if (line.kind() != LineKind.TEXT
        || find(line.text(), dates)
            .filter(date -> TitleRule.shape(date.rest()) == TitleRule.Shape.TITLE)
            .isEmpty()) {
      return false;
    }
    for (int i = index + 1; i < window.size(); i++) {
      Line next = window.get(i);
      if (next.kind() != LineKind.BLANK) {
        return next.kind() == LineKind.TEXT && find(next.text(), dates).isEmpty();
      }
    }
    return false;
  }

  /**
   * The longest date with a year that opens the line, before a space and a text that opens with a
   * capital.
   *
   * @param text the line, as {@link TextNormalizer#forDateDetection(String)} gives it
   * @param dates the date recogniser
   * @return the date and the text after it, or empty
   */
  static Optional<DateInLine.Found> find(String text, DateLineParser dates) {
    int limit = Math.min(text.length() - 2, MAX_DATE);
    if (limit < 1 || !DateLineParser.hasFourDigits(text.substring(0, limit), 0)) {
      return Optional.empty(); // every date it reads states its year
    }
    for (int space = limit; space > 1; space--) {
      if (text.charAt(space) != ' '
          || !isDigit(text.charAt(space - 1))
          || !opensWithCapital(text, space + 1)) {
        continue;
      }
      Optional<DateLine> date = dates.parse(text.substring(0, space));
      if (date.isPresent() && date.get().date().isPresent()) {
        return Optional.of(new DateInLine.Found(date.get(), text.substring(space + 1), false));
      }
    }
    return Optional.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the text from {@code start} opens with a capital, after a quote mark if any. */
  private static boolean opensWithCapital(String text, int start) {
    int at = start;
    if (at < text.length() && "\"“«¿¡'‘".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at < text.length() && Character.isUpperCase(text.charAt(at));
  }
}
