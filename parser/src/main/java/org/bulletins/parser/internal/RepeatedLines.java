package org.bulletins.parser.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

  /** How far under a breadcrumb trail the title it ends with may stand, in lines. */
  private static final int MAX_TRAIL_TO_TITLE = 8;

  /** What parts a breadcrumb trail: a spaced slash, angle, guillemet or arrow. */
  private static final String[] TRAIL_SEPARATORS = {" / ", " > ", " » ", " › ", " → "};

  /**
   * The window's breadcrumb trails that end with the page's title ({@code Votre mairie / Actualités
   * / Collecte de sang à la salle des fêtes samedi} over that title): a line of three parts or more
   * whose last part is the text of a text line a few lines below it. Such a line is a label; a
   * trail that opens with a home link is one already ({@link SiteFurniture}).
   *
   * @param window the classified lines of the window
   * @return the trails' texts, or none
   */
  static Set<String> trailsOverTitles(List<Line> window) {
    Set<String> trails = new HashSet<>();
    for (int i = 0; i < window.size(); i++) {
      Line line = window.get(i);
      String last = line.kind() == LineKind.TEXT ? lastCrumb(line.text()) : null;
      if (last == null) {
        continue;
      }
      for (int j = i + 1; j < window.size() && j <= i + MAX_TRAIL_TO_TITLE; j++) {
        if (window.get(j).kind() == LineKind.TEXT && window.get(j).text().equals(last)) {
          trails.add(line.text());
          break;
        }
      }
    }
    return Set.copyOf(trails);
  }

  /**
   * The text after a line's last trail separator, when the line has three parts or more and the
   * crumbs before the last take at most {@value #MAX_CRUMBS} chars; else null.
   */
  private static String lastCrumb(String text) {
    for (String separator : TRAIL_SEPARATORS) {
      int last = text.lastIndexOf(separator);
      if (last > 0
          && last <= MAX_CRUMBS
          && text.lastIndexOf(separator, last - 1) > 0 // "Votre mairie / Actualités / Title"
          && last + separator.length() < text.length()
          && areCrumbs(text.substring(0, last).split(Pattern.quote(separator)))) {
        return text.substring(last + separator.length()).strip();
      }
    }
    return null;
  }

  /** Whether each part is a crumb: a link's name of a few words, with a capital and no digit. */
  private static boolean areCrumbs(String[] parts) {
    for (String part : parts) {
      String crumb = part.strip();
      if (crumb.isEmpty()
          || !Character.isUpperCase(crumb.charAt(0))
          || crumb.length() > MAX_LENGTH
          || TitleRule.words(crumb) > MAX_WORDS
          || crumb.chars().anyMatch(c -> Character.isDigit(c) || c == '|')) {
        return false;
      }
    }
    return true;
  }

  /** The most chars of a trail's crumbs before its last part. */
  private static final int MAX_CRUMBS = 80;

  /**
   * The short texts the window writes beside a date on lines set right under each title and over
   * its text, a listing's section or kind ({@code Port News | 12 Mar, 2024}, {@code Culture // 10
   * Mar, 2024}, {@code Press release 11th January 2024}): two such lines or more, at least half of
   * the window's lines with a date, each right under a title-shaped text line of more words than
   * the text beside its date (a kicker over a date and a headline is shorter) and right over a line
   * of text. Such a line is a date line kept whole as a label; the title is the line above it.
   *
   * @param window the classified lines of the window
   * @param dates the date recogniser
   * @return the texts, or none
   */
  static Set<String> besideDatesUnderTitles(List<Line> window, DateLineParser dates) {
    Set<String> texts = new HashSet<>();
    Map<String, Integer> kinds = new HashMap<>(); // texts written before a date with no separator
    int occurrences = 0;
    int dated = 0;
    for (int i = 0; i < window.size(); i++) {
      Line line = window.get(i);
      String text = textBesideDate(line, dates);
      if (text != null && line.kind() == LineKind.TEXT) {
        kinds.merge(text, 1, Integer::sum);
      }
      dated += text != null || line.kind() == LineKind.DATE ? 1 : 0;
      if (text != null
          && i > 0
          && i + 1 < window.size()
          && isTitleOver(window.get(i - 1), text)
          && window.get(i + 1).kind() == LineKind.TEXT) {
        texts.add(text);
        occurrences++;
      }
    }
    // A kind written before each date with no separator repeats ("Press release"); event dates
    // do not ("Entries close 30 April 2024", "Race day 9 June 2024").
    boolean kindsRepeat = kinds.values().stream().allMatch(count -> count >= 2);
    return occurrences >= 2 && occurrences == dated && kindsRepeat ? Set.copyOf(texts) : Set.of();
  }

  /**
   * The short text beside a date on a line: a date-opened or date-closed title's text, or a text
   * written right before a date ({@link #beforeDate}); null if none.
   */
  private static String textBesideDate(Line line, DateLineParser dates) {
    if (line.kind() == LineKind.DATE_TITLE) {
      return isShort(line.title()) ? line.title() : null;
    }
    return line.kind() == LineKind.TEXT && line.text().length() <= MAX_DATED_LINE
        ? beforeDate(line.text(), dates)
        : null;
  }

  private static boolean isTitleOver(Line above, String besideDate) {
    return above.kind() == LineKind.TEXT
        && TitleRule.shape(above.text()) == TitleRule.Shape.TITLE
        && TitleRule.words(above.text()) > TitleRule.words(besideDate);
  }

  /**
   * The text before a date on the line, with nothing between, when the line is one to {@value
   * #MAX_WORDS} words in a short text that starts with a capital and then a date; else null.
   */
  static String beforeDate(String line, DateLineParser dates) {
    int cut = 0;
    for (int words = 1; words <= MAX_WORDS; words++) {
      cut = line.indexOf(' ', cut + 1);
      if (cut < 0) {
        return null;
      }
      String text = line.substring(0, cut);
      if (isShort(text)
          && Character.isUpperCase(text.charAt(0))
          && Character.isLetterOrDigit(line.charAt(cut + 1))
          && dates.parse(line.substring(cut + 1)).isPresent()) {
        return text;
      }
    }
    return null;
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
