package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The date that closes an undated item's title as part of its wording, the day the item is of:
 * {@code Revue de presse du 12 octobre 2023}, {@code Temas del día 12 de diciembre de 2025}, {@code
 * Daily briefing for Friday 12 December 2025}, {@code Boletim de 12 de dezembro de 2025}, {@code
 * Annual report, 31 December 2024}. The title keeps its words; the item takes the date.
 *
 * <p>Only items that no date line dates ask for it (on a dated page such a line in a body is text:
 * a meeting's date, say), and only a whole date with its year, free of problems, that closes the
 * title after a joining word or a comma, colon, bar or dash: {@code Elections postponed to 5 May
 * 2024} and {@code Exposition du 3 au 28 juin 2024} name an event's days and stay undated.
 */
final class TitleClosingDate {

  /**
   * The words that join a title to the day it is of ({@code du}, {@code del día}, {@code for}),
   * folded; a word of time or span ({@code on}, {@code to}, {@code from}, {@code el}, {@code al},
   * {@code au}) says when an event happens, not the day of the item.
   */
  private static final Set<String> JOINING_WORDS =
      ImmutableSet.of(
          "of", "for", "dated", "day", "issue", "edition", "du", "del", "de", "do", "da", "dos",
          "das", "dia", "jour", "edicion", "edicao");

  /** Longest date part considered, with its weekday. */
  private static final int MAX_DATE_PART = 48;

  private TitleClosingDate() {}

  /**
   * Looks for a date that closes a title.
   *
   * @param title the item's normalised title
   * @param dates the date recogniser
   * @return the date, or empty
   */
  static Optional<LocalDate> of(String title, DateLineParser dates) {
    int n = title.length();
    if (n > DateAtEnd.MAX_LENGTH || n < 8 || !endsWithYearOrDay(title)) {
      return Optional.empty();
    }
    int firstLetter = firstLetter(title); // the title needs words of its own before its date
    // From the left, so that "del viernes 12 de diciembre de 2025" is read whole, not as "de 2025".
    for (int i = Math.max(firstLetter + 1, n - MAX_DATE_PART - 1); i < n - 1; i++) {
      if (title.charAt(i) == ' ' && joinsDate(title, i)) {
        Optional<LocalDate> date = dateOf(title.substring(i + 1), dates);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** A date with its year ends with a digit; a bare year or number alone is no date. */
  private static boolean endsWithYearOrDay(String title) {
    char last = title.charAt(title.length() - 1);
    return last >= '0' && last <= '9' && DateLineParser.hasFourDigits(title, 0);
  }

  /** True if the space at {@code space} follows a joining word or a comma, colon, bar or dash. */
  private static boolean joinsDate(String title, int space) {
    char before = title.charAt(space - 1);
    if (",:|–—-".indexOf(before) >= 0) {
      return true;
    }
    String word = title.substring(title.lastIndexOf(' ', space - 1) + 1, space);
    return JOINING_WORDS.contains(DateLineParser.foldText(word));
  }

  /** The index of the title's first letter, or its length if it has none. */
  private static int firstLetter(String title) {
    int i = 0;
    while (i < title.length() && !Character.isLetter(title.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Optional<LocalDate> dateOf(String part, DateLineParser dates) {
    if (!DateLineParser.hasFourDigits(part, 0)) {
      return Optional.empty();
    }
    return dates.parse(part).filter(line -> line.problems().isEmpty()).flatMap(DateLine::date);
  }
}
