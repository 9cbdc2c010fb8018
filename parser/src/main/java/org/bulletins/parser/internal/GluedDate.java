package org.bulletins.parser.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date line that a scrape glued to the text beside it, inline parts of a page written with no
 * space between: a section or byline before the date ({@code BusinessApril 26, 2021}, {@code
 * Patrolby StaffMarch 12, 2024}), or a reading time after it with a space only ({@code March 12,
 * 2024 3 min read}, {@code 4/12/2025 2 min para leer}). Such a line is a date line, kept whole as a
 * label.
 */
final class GluedDate {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 80;

  /** A reading time at the line's end, after a space, folded. */
  private static final Pattern READING_TIME_AT_END =
      Pattern.compile(
          " \\d{1,3} ?min(?:ute|uto)?s?\\.?"
              + " (?:read|de lectura|para leer|de leitura|de lecture|lecture|leitura|lectura)$");

  /** The shortest name of a month or a day that opens a glued date ({@code Mar}). */
  private static final int MIN_NAME = 3;

  private GluedDate() {}

  /** The length of the run of letters that starts at {@code at}. */
  private static int wordLength(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end - at;
  }

  /**
   * Reads a date glued to the text beside it.
   *
   * @param text the line as read for detection
   * @param dates the date recogniser
   * @return the date, or empty if the line is no such date line
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() > MAX_LENGTH
        || text.charAt(0) == '&' // the writer's escape: the text it was
        || !(DateLineParser.hasFourDigits(text, 0) || DateLineParser.hasShortYearDate(text))) {
      return Optional.empty(); // every date it reads has a year
    }
    Optional<DateLine> beforeTime = beforeReadingTime(text, dates);
    return beforeTime.isPresent() ? beforeTime : afterGluedText(text, dates);
  }

  private static Optional<DateLine> beforeReadingTime(String text, DateLineParser dates) {
    if (text.indexOf("min") < 0) {
      return Optional.empty();
    }
    Matcher time = READING_TIME_AT_END.matcher(DateLineParser.foldText(text));
    return time.find() && time.start() > 0
        ? dates.parse(text.substring(0, time.start()))
        : Optional.empty();
  }

  /**
   * The date after text glued to it: a lower-case letter right before the capital that opens a
   * date's name of a month or a day ({@code ...StaffMarch 12, 2024}; not a lead-in such as {@code
   * De}), the rest of the line being the date alone.
   */
  private static Optional<DateLine> afterGluedText(String text, DateLineParser dates) {
    for (int i = text.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(text.charAt(i))
          && Character.isLowerCase(text.charAt(i - 1))
          && wordLength(text, i) >= MIN_NAME) {
        Optional<DateLine> date = dates.parse(text.substring(i));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }
}
