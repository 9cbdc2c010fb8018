package org.bulletins.parser.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a date that opens a longer line, before a separator: {@code 13 June 2018: Ministers agree
 * ...}, {@code New York/Geneva, 1 December 2017: ...}, {@code CONAKRY, 29 December 2015 – ...},
 * {@code Ciudad de Guatemala 26 de agosto de 2019.- ...}, {@code 4 March 2024 | ...}, {@code
 * [03/03/2024] ...}. A place may come before the date, and a news agency's credit after it ({@code
 * Madrid, 24 de enero de 2024 (EFE).- ...}).
 */
final class DateInLine {

  /** The separator must come within this many chars of the line's start. */
  private static final int MAX_PREFIX = 90;

  /** The most words of a place before the date. */
  private static final int MAX_PLACE_WORDS = 6;

  /**
   * A date found at the start of a line.
   *
   * @param date the date (its problems included)
   * @param rest the text after the separator, not empty
   * @param colon true if the separator was a colon
   * @param placed true if a place stands before or after the date ({@code GENEVA, 1 December 2017:
   *     ...}): the line keeps it as a label
   */
  record Found(DateLine date, String rest, boolean colon, boolean placed) {

    /** A date found with no place beside it. */
    Found(DateLine date, String rest, boolean colon) {
      this(date, rest, colon, false);
    }
  }

  private DateInLine() {}

  /**
   * Looks for a date before the line's first separator.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @return the date and the rest of the line, or empty
   */
  static Optional<Found> find(String text, DateLineParser dates) {
    return find(text, dates, true);
  }

  /**
   * {@link #find(String, DateLineParser)}, told whether the line may hold a bar: a caller that
   * knows it holds none spares the search for one.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @param mayHoldBar false if the line surely holds no {@code |}
   * @return the date and the rest of the line, or empty
   */
  static Optional<Found> find(String text, DateLineParser dates, boolean mayHoldBar) {
    if (!text.isEmpty() && (text.charAt(0) == '[' || text.charAt(0) == '(')) {
      return bracketed(text, dates);
    }
    int limit = Math.min(text.length() - 1, MAX_PREFIX);
    if (!maySeparate(text, limit, mayHoldBar) || !hasDigit(text, limit - 1)) {
      return Optional.empty(); // the loop below needs both: most lines have neither or one
    }
    boolean digit = false;
    for (int i = 1; i < limit; i++) {
      char before = text.charAt(i - 1);
      digit |= before >= '0' && before <= '9';
      char c = text.charAt(i);
      if (c != ':' && c != '-' && c != '–' && c != '—' && c != '|' && c != '/') {
        continue; // the common case, kept small enough to compile tight
      }
      if (c == '/') {
        Optional<Found> slashed = afterSlash(text, i, digit, dates);
        if (slashed.isPresent()) {
          return slashed;
        }
        continue; // "Madrid / Barcelona, 3 March 2024: ...": the slash parts places
      }
      int separator = separatorLength(text, i);
      if (separator > 0) {
        if (!digit) {
          return Optional.empty();
        }
        String rest = text.substring(i + separator).strip();
        boolean colon = text.charAt(i) == ':' || text.charAt(i) == '|'; // a bar: as a colon
        if (rest.isEmpty()) {
          return Optional.empty();
        }
        String prefix = trimEnd(text.substring(0, i));
        // After a date and its time, a bar parts a stamp from its teaser: as a dash.
        return dateOf(prefix, dates, text.charAt(i) == '|')
            .map(dated -> new Found(dated.date(), rest, colon && !dated.timed(), dated.placed()));
      }
    }
    return Optional.empty();
  }

  /**
   * A date and its time before a spaced slash: {@code 11-09-2023 10:42 / La directora ...}, as some
   * listings set a teaser after its stamp. Only a date that opens the line, with a time.
   */
  private static Optional<Found> afterSlash(
      String text, int i, boolean digit, DateLineParser dates) {
    if (!digit
        || text.charAt(i - 1) != ' '
        || i + 1 >= text.length()
        || text.charAt(i + 1) != ' '
        || !isDigit(text.charAt(0))) {
      return Optional.empty();
    }
    String rest = text.substring(i + 1).strip();
    String prefix = text.substring(0, i).strip();
    if (rest.isEmpty() || prefix.indexOf(':') < 0) {
      return Optional.empty(); // no time: "12 / 2024", a fraction, a path
    }
    return DecoratedDate.parse(prefix, dates).map(date -> new Found(date, rest, false));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A prefix's date, and whether a place stands beside it. */
  private record Dated(DateLine date, boolean placed, boolean timed) {

    Dated(DateLine date, boolean placed) {
      this(date, placed, false);
    }
  }

  /**
   * A date in brackets before the title: {@code [03/03/2024] Library opens late}, {@code (5 March
   * 2024) ...}.
   */
  private static Optional<Found> bracketed(String text, DateLineParser dates) {
    int close = text.indexOf(text.charAt(0) == '[' ? ']' : ')');
    if (close < 2 || close > MAX_PREFIX) {
      return Optional.empty();
    }
    String rest = text.substring(close + 1).strip();
    if (rest.isEmpty() || !DateLineParser.hasFourDigits(text.substring(0, close), 1)) {
      return Optional.empty();
    }
    return DecoratedDate.parseAny(text.substring(1, close).strip(), dates)
        .map(date -> new Found(date, rest, true));
  }

  /**
   * True if a char from index 1 up to {@code limit} could start a separator. {@link
   * String#indexOf(int, int)} scans a line many chars at a time where the loop of {@link #find}
   * goes char by char; a profile of {@code check} showed that loop on every line with a number.
   */
  private static boolean maySeparate(String text, int limit, boolean mayHoldBar) {
    // A slash separates only after a time, whose colon is found first.
    return before(text.indexOf(':', 1), limit)
        || before(text.indexOf('-', 1), limit)
        || before(text.indexOf('–', 1), limit)
        || before(text.indexOf('—', 1), limit)
        || (mayHoldBar && before(text.indexOf('|', 1), limit));
  }

  private static boolean before(int index, int limit) {
    return index >= 0 && index < limit;
  }

  /** True if one of the first {@code count} chars is an ASCII digit. */
  private static boolean hasDigit(String text, int count) {
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c <= '9' && c >= '0') {
        return true;
      }
    }
    return false;
  }

  /** The length of a separator starting at {@code i}, or 0. */
  private static int separatorLength(String text, int i) {
    char c = text.charAt(i);
    char before = text.charAt(i - 1);
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (c == ':' && after == ' ') {
      return 1;
    }
    if (c == '|' && before == ' ' && after == ' ') {
      return 1;
    }
    if ((c == '–' || c == '—') && (before == ' ' || before == '.') && after == ' ') {
      return 1;
    }
    if (c == '-' && (before == ' ' || before == '.') && (after == ' ' || after == '-')) {
      return after == '-' ? 2 : 1;
    }
    return 0;
  }

  private static String trimEnd(String prefix) {
    int end = prefix.length();
    while (end > 0
        && (prefix.charAt(end - 1) == ' '
            || prefix.charAt(end - 1) == '.'
            || prefix.charAt(end - 1) == ',')) {
      end--;
    }
    return prefix.substring(0, end);
  }

  /**
   * A word of a place name: letters and a little punctuation, so that an escaped first character
   * ({@code &#78;ew York, ...}, as the writer writes it) makes no place.
   */
  private static boolean isPlaceWord(String prefix, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = prefix.charAt(i);
      if (!Character.isLetter(c) && "/,.()'’-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The date of the prefix: after an optional place, or before one ({@code April 6, 2016, Paso
   * Robles}, {@code 6 de abril de 2016, Madrid}).
   */
  private static Optional<Dated> dateOf(String written, DateLineParser dates, boolean bar) {
    String prefix = withoutAgencyCredit(written);
    Optional<Dated> date = dateAfterPlace(prefix, dates, bar);
    if (date.isEmpty()) {
      date = dateBeforePlace(prefix, dates);
    }
    if (date.isEmpty()
        && !prefix.isEmpty()
        && isDigit(prefix.charAt(0))
        && prefix.indexOf(':') > 0) {
      // "28-06-2023 19:15 - La dirección informó ...": a date and its time
      date = DecoratedDate.parse(prefix, dates).map(found -> new Dated(found, false, true));
    }
    return date;
  }

  /** The longest news agency's name in a dateline's credit: {@code (EUROPA PRESS)}. */
  private static final int MAX_CREDIT = 30;

  /**
   * The prefix without a news agency's credit after its date, as wire copy writes a dateline
   * ({@code Madrid, 24 de enero de 2024 (EFE).- ...}, {@code PARIS, 12 mars 2024 (AFP) - ...}, a
   * wire service's {@code March 5, 2024 /PRNewswire/ -- ...}): a capitalised name of letters in
   * brackets or between slashes at the prefix's end.
   */
  private static String withoutAgencyCredit(String prefix) {
    int end = prefix.length() - 1;
    if (end < 0 || (prefix.charAt(end) != ')' && prefix.charAt(end) != '/')) {
      return prefix;
    }
    int open = prefix.lastIndexOf(prefix.charAt(end) == ')' ? '(' : '/', end - 1);
    if (open < 1 || prefix.charAt(open - 1) != ' ' || end - open - 1 > MAX_CREDIT) {
      return prefix;
    }
    String credit = prefix.substring(open + 1, end);
    if (credit.length() < 2
        || !(TitleRule.isCapitals(credit) || isAgencyName(credit))
        || NOT_AGENCIES.contains(DateLineParser.foldText(credit))) {
      return prefix; // "(Video)", "(VÍDEO)", "(Actualizado)": no agency
    }
    for (int i = 0; i < credit.length(); i++) {
      char c = credit.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '.' && c != '-') {
        return prefix; // "(2024)", "(est. 1,200)": no agency
      }
    }
    return prefix.substring(0, open - 1).strip();
  }

  /** What a page writes in brackets after a date that names no agency, folded. */
  private static final Set<String> NOT_AGENCIES =
      ImmutableSet.of(
          "video",
          "videos",
          "foto",
          "fotos",
          "photo",
          "photos",
          "audio",
          "live",
          "direct",
          "directo",
          "en directo",
          "ao vivo",
          "actualizado",
          "atualizado",
          "update",
          "updated",
          "mis a jour",
          "exclusiva",
          "exclusive",
          "exclusivo",
          "opinion",
          "analisis",
          "analysis",
          "infografia",
          "galerie",
          "galeria");

  /** News agencies and wire services that write their names in mixed case, folded. */
  private static final Set<String> AGENCIES =
      ImmutableSet.of(
          "reuters",
          "lusa",
          "dpa",
          "xinhua",
          "prnewswire",
          "globe newswire",
          "business wire",
          "agencia brasil",
          "agence france-presse",
          "europa press",
          "notimex",
          "telam",
          "prensa latina",
          "andina",
          "sputnik");

  private static boolean isAgencyName(String credit) {
    return AGENCIES.contains(DateLineParser.foldText(credit));
  }

  /**
   * The date before a comma and a place that ends the prefix; tried from the left, comma by comma.
   */
  private static Optional<Dated> dateBeforePlace(String prefix, DateLineParser dates) {
    for (int comma = prefix.indexOf(", "); comma > 0; comma = prefix.indexOf(", ", comma + 1)) {
      if (isPlace(prefix.substring(comma + 2))) {
        Optional<DateLine> date = dates.parse(prefix.substring(0, comma));
        if (date.isPresent()) {
          return Optional.of(new Dated(date.get(), true));
        }
      }
    }
    return Optional.empty();
  }

  /** One to {@link #MAX_PLACE_WORDS} capitalised place words. */
  private static boolean isPlace(String text) {
    String[] words = text.split(" ");
    if (words.length > MAX_PLACE_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !isPlaceWord(word, 0, word.length())) {
        return false;
      }
    }
    return Character.isUpperCase(text.charAt(0));
  }

  /**
   * The date that ends the prefix, after an optional place; tried from the left, word by word.
   * Before a bar, a date with a two-digit year takes a place only before a comma ({@code Lisboa,
   * 03/04/24 | ...}) or a lead-in ({@code Publicado 03/03/25 | ...}): {@code Líneas 1/3/25 |
   * Desvío}, {@code Buses 4/15/22 | Diversion} are route numbers in a table's cells.
   */
  private static Optional<Dated> dateAfterPlace(String prefix, DateLineParser dates, boolean bar) {
    // "- 14/11/2025 - Travaux ...": a list's mark before the date is no place
    int bullet = prefix.isEmpty() ? 0 : Math.max(0, ListMarker.bulletEnd(prefix));
    int words = 0;
    for (int start = 0; start < prefix.length() && words <= MAX_PLACE_WORDS; ) {
      String candidate = prefix.substring(start);
      if (start > 0
          && bar
          && DateLineParser.hasShortYearDate(candidate)
          && prefix.charAt(start - 2) != ','
          && !DecoratedDate.isLeadIn(prefix.substring(0, start))) {
        return Optional.empty();
      }
      Optional<DateLine> date = dates.parse(candidate);
      if (date.isEmpty()) {
        date = dates.parseYearless(candidate);
      }
      if (date.isPresent()) {
        return Optional.of(new Dated(date.get(), start > bullet));
      }
      char c = prefix.charAt(start);
      if (c >= '0' && c <= '9') {
        return Optional.empty(); // a place has no digits: the date had to start here
      }
      int space = prefix.indexOf(' ', start);
      if (space < 0 || !isPlaceWord(prefix, start, space)) {
        return Optional.empty();
      }
      start = space + 1;
      words++;
    }
    return Optional.empty();
  }
}
