package org.bulletins.parser.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a page's repeated short lines, such as {@code Read more} under every teaser or a language
 * switch above every item: text lines of at most {@value #MAX_WORDS} words and {@value #MAX_LENGTH}
 * chars, not starting in lower case nor ending with a period (a sentence), that occur at least
 * twice in the window. They are labels, except on dated pages read date first, where a title stands
 * after each date line. Beside dates, a few such texts may be a listing's sections ({@link
 * #besideDates}), and one written after each date a listing's category ({@link #afterDates}).
 */
final class RepeatedLines {

  private static final int MAX_LENGTH = 40;
  private static final int MAX_WORDS = 4;
  private static final int MIN_LENGTH = 3;

  private RepeatedLines() {}

  static Set<String> find(List<Line> window) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : window) {
      if (line.kind() == LineKind.TEXT && isShort(line.text())) {
        counts.merge(line.text(), 1, Integer::sum);
      }
    }
    return repeatedIn(counts);
  }

  /**
   * The short texts beside dates that the window repeats, when it repeats two of them or more: a
   * listing's sections ({@code Research | April 2, 2024}, {@code Campus Life | March 30, 2024}).
   * One text repeated beside every date is a series' own title ({@code Morning Briefing}, {@code
   * Farmers Market}), and none is returned.
   *
   * @param window the classified lines of the window
   * @return the section names, or none
   */
  static Set<String> besideDates(List<Line> window) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : window) {
      if (line.kind() == LineKind.DATE_TITLE && isShort(line.title())) {
        counts.merge(line.title(), 1, Integer::sum);
      }
    }
    Set<String> repeated = repeatedIn(counts);
    return repeated.size() >= 2 ? repeated : Set.of();
  }

  /** The longest line read for a date and a text after it ({@link #afterDates}). */
  private static final int MAX_DATED_LINE = 60;

  /**
   * The short texts that the window writes after a date on one line, with nothing between, twice or
   * more, each time under a line of text: a listing's category beside each title's date ({@code
   * 28th August 2024 Press Releases} under every title). A date and a text after a blank line is a
   * series' heading ({@code March 3, 2024 Council Meeting}), not counted.
   *
   * @param window the classified lines of the window
   * @param dates the date recogniser
   * @return the texts, or none
   */
  static Set<String> afterDates(List<Line> window, DateLineParser dates) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 1; i < window.size(); i++) {
      Line line = window.get(i);
      if (line.kind() == LineKind.TEXT
          && window.get(i - 1).kind() == LineKind.TEXT
          && line.text().length() <= MAX_DATED_LINE
          && (Character.isDigit(line.text().charAt(0))
              || Character.isLetter(line.text().charAt(0)))) {
        String text = afterDate(line.text(), dates);
        if (text != null) {
          counts.merge(text, 1, Integer::sum);
        }
      }
    }
    return repeatedIn(counts);
  }

  /**
   * The text after a date on the line, when the line is a date and then one to {@value #MAX_WORDS}
   * words in a short text that starts with a capital; else null.
   */
  static String afterDate(String line, DateLineParser dates) {
    int cut = line.length();
    for (int words = 1; words <= MAX_WORDS; words++) {
      cut = line.lastIndexOf(' ', cut - 1);
      if (cut <= 0) {
        return null;
      }
      String text = line.substring(cut + 1);
      if (isShort(text)
          && Character.isUpperCase(text.charAt(0))
          && dates.parse(line.substring(0, cut).strip()).isPresent()) {
        return text;
      }
    }
    return null;
  }

  private static Set<String> repeatedIn(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue() >= 2)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isShort(String text) {
    if (text.length() > MAX_LENGTH
        || text.length() < MIN_LENGTH
        || text.endsWith(".")
        || Character.isLowerCase(text.charAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && ++words > MAX_WORDS) {
        return false;
      }
    }
    return true;
  }
}
