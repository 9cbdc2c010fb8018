package org.bulletins.parser.internal;

import com.google.common.base.CharMatcher;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises a date followed by the same date again in other forms, as blog platforms print a
 * post's date beside a calendar badge that a scraper flattens onto its line ({@code 19 octobre 2007
 * 5 19 /10 /octobre /2007 17:57} on Overblog: the weekday's number, the day, the month as a number
 * and a name, the year, the time). Every word after the date must be a number, a month's or a
 * weekday's name or a time, and the date's day and year must both come again: a title never has
 * that shape.
 */
final class EchoedDate {

  /** Longest line considered, in chars. */
  private static final int MAX_LENGTH = 80;

  /** The most words of the date that opens the line ({@code lunes 19 de octubre de 2007}). */
  private static final int MAX_DATE_WORDS = 6;

  /** The fewest words of the echo after the date: a day and a year at least. */
  private static final int MIN_ECHO_WORDS = 2;

  /** Chars around the echo's words: {@code /10}, {@code /octobre}. */
  private static final CharMatcher MARKS = CharMatcher.anyOf("/.,-");

  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  private EchoedDate() {}

  /**
   * Reads a date line with its echo.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @param dates the date recogniser
   * @return the date, or empty if the line is not a date and its echo alone
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() > MAX_LENGTH
        || text.isEmpty()
        || !Character.isLetterOrDigit(text.charAt(0))
        || !isAsciiDigit(text.charAt(text.length() - 1))) {
      return Optional.empty(); // most lines: the echo ends with the year or the time
    }
    if (fourDigitRuns(text) < 2) {
      return Optional.empty(); // the year comes twice: most lines with a year have it once
    }
    String[] words = text.split(" ");
    if (words.length < MIN_ECHO_WORDS + 2 || !allDateWords(words, dates)) {
      return Optional.empty();
    }
    int longest = Math.min(MAX_DATE_WORDS, words.length - MIN_ECHO_WORDS);
    for (int end = longest; end >= 1; end--) {
      Optional<DateLine> date = dates.parse(String.join(" ", Arrays.copyOfRange(words, 0, end)));
      if (date.isPresent() && date.get().date().isPresent()) {
        return echoes(words, end, date.get().date().get()) ? date : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How many runs of exactly four ASCII digits the text holds. */
  private static int fourDigitRuns(String text) {
    int runs = 0;
    int run = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && isAsciiDigit(text.charAt(i))) {
        run++;
      } else {
        runs += run == 4 ? 1 : 0;
        run = 0;
      }
    }
    return runs;
  }

  /** Whether every word is a number, a time, or a month's or a weekday's name. */
  private static boolean allDateWords(String[] words, DateLineParser dates) {
    for (String word : words) {
      String bare = bare(word);
      if (bare.isEmpty()) {
        return false;
      }
      if (isAsciiDigit(bare.charAt(0))) {
        if (!isNumberOrTime(bare)) {
          return false;
        }
      } else {
        String folded = DateLineParser.foldText(bare);
        if (!dates.isMonth(folded) && !dates.isWeekday(folded) && !dates.isConnector(folded)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the words from {@code from} on hold the date's day and its year. */
  private static boolean echoes(String[] words, int from, LocalDate date) {
    boolean day = false;
    boolean year = false;
    for (int i = from; i < words.length; i++) {
      String bare = bare(words[i]);
      if (!isAsciiDigit(bare.charAt(0)) || bare.indexOf(':') >= 0) {
        continue;
      }
      int number = Integer.parseInt(bare);
      day |= number == date.getDayOfMonth();
      year |= number == date.getYear();
    }
    return day && year;
  }

  /** Digits alone (up to four) or a time {@code 17:57}. */
  private static boolean isNumberOrTime(String bare) {
    int colon = bare.indexOf(':');
    String digits = colon < 0 ? bare : bare.substring(0, colon) + bare.substring(colon + 1);
    return !digits.isEmpty()
        && digits.length() <= 4
        && (colon < 0 || bare.length() - colon == 3)
        && DIGITS.matchesAllOf(digits);
  }

  private static boolean isAsciiDigit(char c) {
    return DIGITS.matches(c);
  }

  private static String bare(String word) {
    return MARKS.trimFrom(word);
  }
}
