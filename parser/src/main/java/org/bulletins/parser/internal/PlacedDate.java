package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a line that is a place and a date and nothing more, as press offices head a release
 * over its title ({@code GENEVA, 28 November 2023}, {@code Ciudad de Guatemala, 16 de noviembre de
 * 2023}, {@code Rome, le 10 octobre 2024}, {@code CARACAS, Venezuela 28-11-2023}): a place in
 * capitals before any date, or any place before a date written as Romance datelines write it. The
 * parser keeps such a line on its item as a label, so the place is not lost.
 *
 * <p>The place is one or two groups of one to {@value #MAX_NAMES} capitalised words, with the small
 * words of place names between them ({@code de}, {@code do}, {@code upon}), and a comma after the
 * first group; what follows the place must be a whole date line. A title's words in lower case
 * ({@code Rally in Madrid, 3 March 2024}) make no place.
 */
final class PlacedDate {

  /** The longest place, in chars. */
  private static final int MAX_PLACE = 40;

  /** The most capitalised words of one group of a place. */
  private static final int MAX_NAMES = 3;

  /** Small words inside place names: {@code Ciudad de Guatemala}, {@code Newcastle upon Tyne}. */
  private static final Set<String> CONNECTORS =
      ImmutableSet.of(
          "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "las", "los", "le", "les",
          "el", "upon", "on", "sur", "en");

  /** Words between a place and its date: {@code Rome, le 10 octobre 2024}. */
  private static final Set<String> DATE_CONNECTORS = ImmutableSet.of("le", "el", "a", "em");

  private PlacedDate() {}

  /**
   * Reads a place-and-date line.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @param dates the date recogniser
   * @return the date, or empty if the line is not a place and a date alone
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
      return Optional.empty();
    }
    int comma = text.indexOf(", ");
    if (comma <= 0 || comma > MAX_PLACE || !isGroup(text, 0, comma)) {
      return Optional.empty();
    }
    // "GENEVA, 28 November 2023", "Rome, le 10 octobre 2024": the date right after the comma.
    boolean capitals = TitleRule.isCapitals(text.substring(0, comma)); // "GENEVA"
    Optional<DateLine> date = wholeDate(text.substring(comma + 2), dates, capitals);
    if (date.isPresent()) {
      return date;
    }
    // "Caracas, Venezuela 28-11-2023", "Geneva, Switzerland, 28 November 2023": a second group.
    int start = comma + 2;
    for (int word = start; word <= MAX_PLACE; ) {
      int space = text.indexOf(' ', word);
      if (space < 0 || !isWord(text, word, space, word == start)) {
        return Optional.empty(); // a digit, or the line's end: no place before a date
      }
      int groupEnd = text.charAt(space - 1) == ',' ? space - 1 : space;
      if (isGroup(text, start, groupEnd)) {
        Optional<DateLine> after = wholeDate(text.substring(space + 1), dates, capitals);
        if (after.isPresent()) {
          return after;
        }
      }
      if (groupEnd < space) {
        return Optional.empty(); // a third group
      }
      word = space + 1;
    }
    return Optional.empty();
  }

  /**
   * A date line that is the whole rest of the line, with its year, perhaps after the word that
   * joins a place to its date ({@code le}, {@code a}, {@code em}). After a place not in capitals,
   * only a date written as a dateline writes it in Spanish, French or Portuguese ({@code le 10
   * octobre 2024}, {@code 16 de noviembre de 2023}): {@code Planning Committee, 12 March 2024} and
   * {@code Brussels, 5 March 2024} under a statement are a meeting's title and a sign-off.
   */
  private static Optional<DateLine> wholeDate(String rest, DateLineParser dates, boolean capitals) {
    if (rest.isEmpty() || !DateLineParser.hasFourDigits(rest, 0)) {
      return Optional.empty();
    }
    int space = rest.indexOf(' ');
    boolean connector = space > 0 && DATE_CONNECTORS.contains(rest.substring(0, space));
    if (!capitals && !connector && !rest.contains(" de ")) {
      return Optional.empty();
    }
    return dates.parse(connector ? rest.substring(space + 1) : rest);
  }

  /**
   * Whether a text is a place's name: one to {@value #MAX_NAMES} capitalised words, the small words
   * of place names between them ({@code Rio de Janeiro}).
   *
   * @param text the text as written (normalised)
   * @return true for a place's name
   */
  static boolean isPlace(String text) {
    return !text.isEmpty() && isGroup(text, 0, text.length());
  }

  /**
   * One group of a place: capitalised words, the small words of place names between them, opening
   * and closing with a capitalised word.
   */
  private static boolean isGroup(String text, int start, int end) {
    int names = 0;
    int word = start;
    while (word < end) {
      int space = text.indexOf(' ', word);
      int wordEnd = space < 0 || space > end ? end : space;
      if (!isWord(text, word, wordEnd, word == start)) {
        return false;
      }
      names += Character.isUpperCase(text.charAt(word)) ? 1 : 0;
      word = wordEnd + 1;
    }
    return names >= 1
        && names <= MAX_NAMES
        && Character.isUpperCase(lastWordStart(text, start, end));
  }

  private static char lastWordStart(String text, int start, int end) {
    int space = text.lastIndexOf(' ', end - 1);
    return text.charAt(space < start ? start : space + 1);
  }

  /**
   * A word of a place: a capitalised word of letters and a little punctuation ({@code São}, {@code
   * Port-au-Prince}, {@code St.}, {@code York/Geneva}), or a small connector word after the first.
   */
  private static boolean isWord(String text, int start, int end, boolean first) {
    if (end <= start) {
      return false;
    }
    int last = text.charAt(end - 1) == ',' ? end - 1 : end; // "Caracas," closing a group
    for (int i = start; i < last; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && "-.'’/".indexOf(c) < 0) {
        return false;
      }
    }
    if (Character.isUpperCase(text.charAt(start))) {
      return true;
    }
    return !first && last == end && CONNECTORS.contains(text.substring(start, end));
  }
}
