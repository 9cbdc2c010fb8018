package org.bulletins.parser.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and its time that open a paragraph with no separator after them, as listings scraped
 * without line breaks glue a teaser to its date: {@code quarta-feira 15 de maio de 2024 às 15:17hA
 * prefeitura confirmou ...}, {@code March 5, 2024 10:30 AM The council voted ...}. Such a line is a
 * dateline: the first paragraph of the item whose title is above it, dated by it.
 *
 * <p>The time closes the date part, so the date must come with one ({@code 15 de maio de 2024 A
 * prefeitura ...} is left alone), and the text after it must open a sentence and end like one (a
 * teaser's {@code …} included): a title-like rest ({@link TitleRule#shape}) is left alone.
 */
final class TimedDateline {

  /** The time must end within this many chars of the line's start. */
  private static final int MAX_DATE_PART = 72;

  /** A time: {@code 15:17}, {@code 15:17h}, {@code 15h17}, {@code 10:30 AM}, {@code 9.05 p.m.}. */
  private static final Pattern TIME =
      Pattern.compile("(?<![\\d:])\\d{1,2}[:h.]\\d{2}(?:h|\\s?[AaPp]\\.?[Mm]\\.?)?");

  private TimedDateline() {}

  /**
   * Looks for a date and time that open a paragraph.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @return the date, or empty
   */
  static Optional<DateLine> find(String text, DateLineParser dates) {
    int limit = Math.min(text.length(), MAX_DATE_PART);
    int year = yearEnd(text, limit);
    if (year < 0) {
      return Optional.empty(); // most lines with a digit: no matcher
    }
    Matcher time = TIME.matcher(text).region(year, limit);
    while (time.find()) {
      String rest = text.substring(time.end()).strip();
      if (rest.isEmpty()
          || !opensSentence(rest.charAt(0))
          || TitleRule.shape(rest) == TitleRule.Shape.TITLE) {
        continue;
      }
      Optional<DateLine> date = DecoratedDate.parseAny(text.substring(0, time.end()), dates);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The index after the first run of four digits before {@code limit}, or -1. */
  private static int yearEnd(String text, int limit) {
    int run = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || "\"“«‘".indexOf(c) >= 0;
  }
}
