package org.bulletins.parser.internal;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the commonest date lines in one pass over their chars: ISO {@code 2012-06-26} and named
 * dates of ASCII words and numbers separated by spaces and commas ({@code 26 June, 2012}, {@code
 * October 17, 2015}, {@code 26 de agosto de 2019}) that name a real day. Everything else, and every
 * line that would need a problem reported, is left to {@link DateLineParser}'s general path: this
 * class only answers when that path would give the same date with no problem, without folding the
 * line, splitting it into lists of pieces or building {@link Optional}s for each of them.
 *
 * <p>A profile of {@code check} showed a quarter of the parser's time in date-line recognition, on
 * lines that are nearly all of these shapes. {@code CommonDateFormsProperties} checks this class
 * against the general path on generated and mutated date lines.
 */
final class CommonDateForms {

  private CommonDateForms() {}

  /**
   * The date line, if the text is one of the common forms and names a real day; otherwise null, and
   * the caller must decide with the general path.
   *
   * @param text a line that passed {@link DateLineParser#parse}'s cheap checks (length, a year)
   * @param names the month, weekday and connector names of the parser's languages
   * @return the date line with no problem, or null
   */
  static DateLine read(String text, DateNames names) {
    int n = text.length();
    if (n == 0) {
      return null;
    }
    char first = text.charAt(0);
    if (isDigit(first) && n >= 8 && n <= 10 && text.charAt(4) == '-') {
      return iso(text);
    }
    return named(text, names);
  }

  /** {@code yyyy-m-d} with one or two digits for month and day, as the ISO regex has it. */
  private static DateLine iso(String text) {
    int n = text.length();
    if (digits(text, 0, 4) != 4) {
      return null;
    }
    int monthDigits = digits(text, 5, n);
    if (monthDigits < 1 || monthDigits > 2 || 5 + monthDigits >= n) {
      return null;
    }
    int dash = 5 + monthDigits;
    int dayDigits = digits(text, dash + 1, n);
    if (text.charAt(dash) != '-' || dayDigits < 1 || dayDigits > 2 || dash + 1 + dayDigits != n) {
      return null;
    }
    return real(number(text, 0, 4), number(text, 5, dash), number(text, dash + 1, n)); // y, m, d
  }

  /**
   * The state machine of {@code DateLineParser.named} for lines whose pieces are ASCII letters or
   * digits between spaces and commas, with no weekday: the general path then folds the line to
   * lower case only, finds no weekday in its first word, and splits it into the same pieces.
   */
  private static DateLine named(String text, DateNames names) {
    int n = text.length();
    int day = 0;
    int month = 0;
    int year = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == ',') {
        i++;
        continue;
      }
      int start = i;
      if (isDigit(c)) {
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        if (i < n && text.charAt(i) != ' ' && text.charAt(i) != ',') {
          return null; // an ordinal suffix, a numeric date, other punctuation
        }
        int length = i - start;
        if (length == 4 && year == 0 && month > 0 && day > 0) {
          year = number(text, start, i);
        } else if (length <= 2 && day == 0 && year == 0) {
          day = number(text, start, i);
        } else {
          return null;
        }
      } else if (isLetter(c)) {
        while (i < n && isLetter(text.charAt(i))) {
          i++;
        }
        if (i < n && text.charAt(i) != ' ' && text.charAt(i) != ',') {
          return null; // an abbreviation with a period, accents, other punctuation
        }
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (names.weekday(word) != null) {
          return null; // weekdays are checked against the date: the general path does that
        }
        if (names.isConnector(word)) {
          continue;
        }
        int monthOfWord = names.month(word);
        if (monthOfWord > 0 && month == 0 && year == 0) {
          month = monthOfWord;
        } else {
          return null;
        }
      } else {
        return null;
      }
    }
    if (day < 1 || day > 31 || month == 0 || year == 0) {
      return null;
    }
    return real(year, month, day);
  }

  /** The date line of a real day, or null for an impossible one (the general path reports it). */
  private static DateLine real(int year, int month, int day) {
    try {
      return new DateLine(StatedDays.of(year, month, day), List.of());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** How many ASCII digits follow {@code start}, up to {@code end}. */
  private static int digits(String text, int start, int end) {
    int i = start;
    while (i < end && isDigit(text.charAt(i))) {
      i++;
    }
    return i - start;
  }

  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
