package org.bulletins.parser.internal;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.parser.DateLanguage;
import org.bulletins.parser.NumericDateOrder;

/**
 * Recognises date lines: lines that hold a date and nothing else but an optional weekday, connector
 * words and punctuation.
 *
 * <p>Accepted forms, case- and accent-insensitive: day-month-year and month-day-year with a full or
 * abbreviated month name (with or without a period), ordinal suffixes ({@code 1st}, {@code 1er},
 * {@code 1º}), an optional weekday, optional commas, the connectors {@code de}, {@code del}, {@code
 * of}, {@code le}; ISO {@code 2021-06-09}; numeric {@code d/m/y}, {@code d.m.y}, {@code d-m-y} and
 * {@code y/m/d}, and {@code d/m/yy} with slashes ({@code 06/14/12}, a year of the 2000s up to
 * {@code 69}). Other years have four digits, except in the ISO form, which also takes a signed year
 * of four to nine digits as {@link LocalDate#toString()} writes it ({@code +10000-06-09}, {@code
 * -0001-06-09}); days are 1 to 31 (a line with day 0 or 32 is text, while {@code 31 June 2021} is a
 * date line with an impossible date).
 */
public final class DateLineParser {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * The line {@code Undated} (any case, surrounding spaces allowed): a date line that states that
   * its item has no date. The writer puts it before an undated item that follows a dated one.
   */
  private static final Pattern UNDATED_MARKER = Pattern.compile("\\s*(?i:undated)\\s*");

  private static final Pattern ISO = Pattern.compile("([+-]\\d{4,9}|\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");

  /** {@code 06/14/12}: a year of two digits, written with slashes only ({@link #shortYear}). */
  private static final Pattern DAY_MONTH_SHORT_YEAR =
      Pattern.compile("(\\d{1,2})(/)(\\d{1,2})/(\\d{2})");

  /** Two-digit years below this are of the 2000s, the others of the 1900s (as POSIX reads them). */
  private static final int SHORT_YEAR_PIVOT = 69;

  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})");

  /** Regex {@code \\s} without the regex: a profile showed pattern splitters costly per line. */
  private static final String SPACES = " \t\n\u000B\f\r";

  /** What separates the words of a date line. */
  private static final String WORD_SEPARATORS = SPACES + ",;";

  /** What separates the pieces of a date: words, and the parts of numbers and abbreviations. */
  private static final String PIECE_SEPARATORS = SPACES + ",;./-";

  private static final Set<String> DAY_SUFFIXES =
      Set.of("st", "nd", "rd", "th", "er", "re", "e", "eme", "o", "a");

  /**
   * A numeric date with a two-digit year in a text, which has no run of four digits: with slashes
   * only ({@code 06/14/12}); with dots or dashes such numbers are as often times, scores or codes
   * ({@code 02.31.45}, {@code 25.21.18}, {@code Expediente 23.11.07}, {@code 12-06-21}).
   */
  private static final Pattern SHORT_YEAR_DATE_IN_TEXT =
      Pattern.compile("(?<![\\d/])(\\d{1,2})(/)(\\d{1,2})/\\d{2}(?![\\d/])");

  private static final Pattern DAY_MONTH_YEAR_IN_TEXT =
      Pattern.compile("(?<!\\d)(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** Longest yearless date considered, in chars. */
  private static final int MAX_YEARLESS_LENGTH = 32;

  /** Longest date line considered, in chars: longer lines are text. */
  private static final int MAX_LENGTH = 64;

  private final DateNames names;
  private final NumericDateOrder order;
  private final boolean settled;

  /**
   * Creates a recogniser.
   *
   * @param languages the languages of month and weekday names
   * @param order how to read ambiguous numeric dates
   */
  public DateLineParser(Set<DateLanguage> languages, NumericDateOrder order) {
    this(languages, order, false);
  }

  /**
   * Creates a recogniser whose numeric order may have been settled by the page itself.
   *
   * @param languages the languages of month and weekday names
   * @param order how to read ambiguous numeric dates
   * @param settled true if the page's unambiguous dates fixed the order: then an ambiguous date is
   *     read in that order without a {@code date.ambiguous} warning
   */
  public DateLineParser(Set<DateLanguage> languages, NumericDateOrder order, boolean settled) {
    this.names = new DateNames(languages);
    this.order = order;
    this.settled = settled;
  }

  /**
   * The same recogniser with another numeric order, settled by the page.
   *
   * @param pageOrder the order the page's unambiguous dates show
   * @return a recogniser that reads numeric dates in that order
   */
  public DateLineParser settledTo(NumericDateOrder pageOrder) {
    return new DateLineParser(names, pageOrder, true);
  }

  private DateLineParser(DateNames names, NumericDateOrder order, boolean settled) {
    this.names = names;
    this.order = order;
    this.settled = settled;
  }

  /**
   * Which order a numeric date in the text shows: {@code 23/09/2020} is day-first, {@code
   * 09/23/2020} month-first, {@code 03/04/2021} neither.
   *
   * @param text a date line or the date part of a line
   * @return the order the date proves, or null
   */
  public static NumericDateOrder orderShown(String text) {
    Matcher dmy = numericDateIn(text);
    if (dmy == null) {
      return null;
    }
    int first = num(dmy, 1);
    int second = num(dmy, 3);
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) {
      return NumericDateOrder.DAY_FIRST;
    }
    if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
      return NumericDateOrder.MONTH_FIRST;
    }
    return null;
  }

  /**
   * The first numeric date in the text with a four-digit year, else the first with a two-digit one
   * ({@code 06/14/12}), found; its groups 1 and 3 are the day and month in either order. Null if
   * the text holds neither.
   */
  private static Matcher numericDateIn(String text) {
    Matcher dmy = DAY_MONTH_YEAR_IN_TEXT.matcher(text);
    if (dmy.find()) {
      return dmy;
    }
    Matcher shortYear = SHORT_YEAR_DATE_IN_TEXT.matcher(text);
    return shortYear.find() ? shortYear : null;
  }

  /**
   * True if the text holds a numeric date whose day and month could be either way round: {@code
   * 03/04/2021}, not {@code 23/09/2020} nor {@code 04/04/2021}.
   *
   * @param text a date line or the date part of a line
   * @return true for an ambiguous numeric date
   */
  static boolean isAmbiguousNumeric(String text) {
    Matcher dmy = numericDateIn(text);
    if (dmy == null) {
      return false;
    }
    int first = num(dmy, 1);
    int second = num(dmy, 3);
    return first != second && first >= 1 && first <= 12 && second >= 1 && second <= 12;
  }

  /**
   * Which order a date written with a month name puts its day and month in: {@code March 5, 2024}
   * month first; {@code 5 March 2024}, {@code mardi 5 mars 2024} and {@code 5 de marzo de 2024} day
   * first. A site writes its numeric dates in the order it writes these ones.
   *
   * @param text a date line or the date part of a line
   * @return the order, or null if the text names no month next to a day
   */
  NumericDateOrder writtenOrder(String text) {
    return writtenOrder(split(fold(text), PIECE_SEPARATORS));
  }

  private NumericDateOrder writtenOrder(List<String> pieces) {
    int day = -1;
    int month = -1;
    int at = 0;
    for (String piece : pieces) {
      if (day < 0 && dayOf(piece) > 0) {
        day = at;
      } else if (month < 0 && names.month(piece) > 0) {
        month = at;
      }
      if (day >= 0 && month >= 0) {
        return day < month ? NumericDateOrder.DAY_FIRST : NumericDateOrder.MONTH_FIRST;
      }
      at++;
    }
    return null;
  }

  /**
   * Which order the whole dates written in a line of text put the day and the month in: {@code
   * announced on January 8, 2024} month first, {@code le 8 janvier 2024} and {@code el 8 de enero
   * de 2024} day first. Only a month name next to a day and a year counts ({@code may 5} alone is
   * no date in {@code you may 5 times}).
   *
   * @param text a line of text, normalised
   * @return the order the line's whole dates agree on, or null if none or they disagree
   */
  NumericDateOrder orderInText(String text) {
    if (!hasFourDigits(text, 0)) {
      return null; // no year: most lines
    }
    List<String> pieces = split(fold(text), PIECE_SEPARATORS);
    NumericDateOrder found = null;
    for (int i = 0; i + 2 < pieces.size(); i++) {
      NumericDateOrder order = null;
      String a = pieces.get(i);
      String b = pieces.get(i + 1);
      String c = pieces.get(i + 2);
      if (names.month(a) > 0 && dayOf(b) > 0 && isYear(c)) {
        order = NumericDateOrder.MONTH_FIRST;
      } else if (dayOf(a) > 0
          && ((names.month(b) > 0 && isYear(c))
              || (b.equals("de") && names.month(c) > 0 && yearAfter(pieces, i + 3)))) {
        order = NumericDateOrder.DAY_FIRST;
      }
      if (order != null) {
        if (found != null && found != order) {
          return null;
        }
        found = order;
      }
    }
    return found;
  }

  /** True if the pieces from {@code at} are a year, or {@code de} (or {@code del}) and a year. */
  private static boolean yearAfter(List<String> pieces, int at) {
    if (at < pieces.size() && isYear(pieces.get(at))) {
      return true;
    }
    return at + 1 < pieces.size()
        && (pieces.get(at).equals("de") || pieces.get(at).equals("del"))
        && isYear(pieces.get(at + 1));
  }

  /**
   * Recognises a date without a year, such as {@code 3 May} or {@code lundi 3 mai}: a date the page
   * states but that names no day, so the item gets no date and a {@code date.no-year} warning.
   *
   * @param text the line or the date part of a line, normalised
   * @return the date line (with no date), or empty if the text is no yearless date
   */
  public Optional<DateLine> parseYearless(String text) {
    // A year is four ASCII digits once folded, as before it: mayHoldYear would also turn away
    // every date with an accent ("5 de março").
    if (text.isEmpty() || text.length() > MAX_YEARLESS_LENGTH || hasFourDigits(text, 0)) {
      return Optional.empty();
    }
    List<String> pieces = split(fold(text), PIECE_SEPARATORS);
    Optional<DateLine> yearless = yearless(text, pieces, true);
    // "mar 12" is March 12th, not a Tuesday the 12th of no month
    return yearless.isPresent() || pieces.isEmpty() || names.month(pieces.get(0)) == 0
        ? yearless
        : yearless(text, pieces, false);
  }

  private Optional<DateLine> yearless(String text, List<String> pieces, boolean weekdayFirst) {
    int day = 0;
    int month = 0;
    DayOfWeek stated = null;
    boolean first = weekdayFirst;
    for (String piece : pieces) {
      if (first && names.weekday(piece) != null) {
        stated = names.weekday(piece);
        first = false;
        continue;
      }
      first = false;
      if (names.isConnector(piece)) {
        continue;
      }
      int monthOfPiece = names.month(piece);
      if (monthOfPiece > 0 && month == 0) {
        month = monthOfPiece;
      } else if (day == 0 && dayOf(piece) >= 1 && dayOf(piece) <= 31) {
        day = dayOf(piece);
      } else {
        return Optional.empty();
      }
    }
    if (day == 0 || month == 0) {
      return Optional.empty();
    }
    DateLine undated =
        DateLine.undated(
            DiagnosticCode.DATE_NO_YEAR,
            "\"" + text.strip() + "\" has no year; the item has no date (a year is never guessed)");
    Optional<MonthDay> monthDay = monthDay(month, day);
    return Optional.of(
        monthDay.isEmpty()
            ? undated
            : new DateLine(
                undated.date(), undated.problems(), monthDay, Optional.ofNullable(stated)));
  }

  private static Optional<MonthDay> monthDay(int month, int day) {
    try {
      return Optional.of(MonthDay.of(month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // 31 April: no day a header's year could complete
    }
  }

  /**
   * Whether a folded word names a weekday in one of the languages.
   *
   * @param folded a word, folded ({@link #foldText})
   * @return true for a weekday's name
   */
  boolean isWeekday(String folded) {
    return names.weekday(folded) != null;
  }

  /**
   * Whether a folded word joins a date's parts in one of the languages ({@code de}, {@code of}).
   *
   * @param folded a word, folded ({@link #foldText})
   * @return true for a connector
   */
  boolean isConnector(String folded) {
    return names.isConnector(folded);
  }

  /**
   * Whether a folded word names a month in one of the languages.
   *
   * @param folded a word, folded ({@link #foldText})
   * @return true for a month's name or its short form
   */
  boolean isMonth(String folded) {
    return names.month(folded) != 0;
  }

  /**
   * Recognises a month and year written alone, as a listing heads the items of a month: {@code
   * March 2024}, {@code Mars 2024}, {@code Marzo de 2024}, {@code março, 2024}.
   *
   * @param text a line, as {@link TextNormalizer#forDateDetection(String)} gives it
   * @return the month and year, or empty if the line is not one
   */
  public Optional<YearMonth> parseMonthYear(String text) {
    if (text.isEmpty() || text.length() > MAX_YEARLESS_LENGTH || !mayHoldYear(text)) {
      return Optional.empty();
    }
    int month = 0;
    int year = 0;
    for (String piece : split(fold(text), WORD_SEPARATORS)) {
      String word = stripPeriod(piece);
      int monthOfWord = names.month(word);
      boolean connector = month > 0 && year == 0 && names.isConnector(word); // "de", "of"
      if (month == 0 && monthOfWord > 0) {
        month = monthOfWord;
      } else if (month > 0 && year == 0 && word.length() == 4 && digitsAt(word, 0) == 4) {
        year = Integer.parseInt(word);
      } else if (!connector) {
        return Optional.empty();
      }
    }
    return month > 0 && year > 0 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
  }

  /**
   * Recognises a date line.
   *
   * @param text the line, as {@link TextNormalizer#forDateDetection(String)} gives it
   * @return the date line, or empty if the line is not one
   */
  public Optional<DateLine> parse(String text) {
    return parse(text, true);
  }

  /**
   * {@link #parse(String)} without the one-pass reading of the common forms, for a test that
   * compares the two.
   */
  Optional<DateLine> parseGeneral(String text) {
    return parse(text, false);
  }

  private Optional<DateLine> parse(String text, boolean commonForms) {
    if (mayBeUndatedMarker(text) && UNDATED_MARKER.matcher(text).matches()) {
      return Optional.of(new DateLine(Optional.empty(), List.of()));
    }
    if (text.isEmpty()
        || text.length() > MAX_LENGTH
        || !mayHoldYear(text)
        || opensWithOtherWord(text)) {
      return Optional.empty();
    }
    DateLine common = commonForms ? CommonDateForms.read(text, names) : null;
    if (common != null) {
      return Optional.of(common); // most date lines: no folding, pieces or problems to quote
    }
    return recognise(text).map(line -> quoteAsWritten(line, text.strip()));
  }

  /**
   * A sufficient condition for {@link #recognise} to find nothing, without folding and splitting
   * the line: an ASCII line whose first piece is a word that is no month, weekday or connector (a
   * title with a number in it), when its first word is no weekday either. Every form needs its
   * first piece to be a number, a month, a weekday or a connector; a single word that opens with a
   * letter is no numeric date.
   */
  private boolean opensWithOtherWord(String text) {
    int start = 0;
    int n = text.length();
    while (start < n && PIECE_SEPARATORS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int end = start;
    while (end < n && PIECE_SEPARATORS.indexOf(text.charAt(end)) < 0) {
      char c = text.charAt(end);
      if (c >= 0x80) {
        return false; // folding could change it: let the full path decide
      }
      end++;
    }
    if (end == start || !isAsciiLetter(text.charAt(start))) {
      return false;
    }
    String piece = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (names.month(piece) > 0 || names.weekday(piece) != null || names.isConnector(piece)) {
      return false;
    }
    int wordStart = 0;
    while (wordStart < n && WORD_SEPARATORS.indexOf(text.charAt(wordStart)) >= 0) {
      wordStart++;
    }
    int wordEnd = wordStart;
    while (wordEnd < n && WORD_SEPARATORS.indexOf(text.charAt(wordEnd)) < 0) {
      if (text.charAt(wordEnd) >= 0x80) {
        return false;
      }
      wordEnd++;
    }
    String word = stripPeriod(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    return names.weekday(word) == null;
  }

  /**
   * A folded word as a weekday's name: {@code quinta-feira} is {@code quinta}, {@code lun.} is
   * {@code lun}.
   */
  private static String weekdayWord(String word) {
    String stripped = stripPeriod(word);
    return stripped.endsWith(FEIRA)
        ? stripped.substring(0, stripped.length() - FEIRA.length())
        : stripped;
  }

  /** What Portuguese weekdays end with, joined by a hyphen: {@code segunda-feira}. */
  private static final String FEIRA = "-feira";

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private Optional<DateLine> recognise(String text) {
    String folded = fold(text);
    List<String> words = split(folded, WORD_SEPARATORS);
    String first = words.isEmpty() ? "" : weekdayWord(words.get(0));
    DayOfWeek weekday = names.weekday(first);
    if (weekday == null) {
      return recognise(folded, words, null);
    }
    Optional<DateLine> afterWeekday =
        recognise(folded, new ArrayList<>(words.subList(1, words.size())), weekday);
    // "mar." opens "mar. 12 mars 2024" (Tuesday) and "Mar 12, 2024" (March)
    return afterWeekday.isPresent() || names.month(first) == 0
        ? afterWeekday
        : recognise(folded, words, null);
  }

  /**
   * Reads the words of a folded line, after its weekday if it has one: a numeric date (perhaps
   * after a connector: {@code le 20/06/2025}) or a named one.
   */
  private Optional<DateLine> recognise(String folded, List<String> words, DayOfWeek weekday) {
    int start = 0;
    while (start < words.size() - 1 && names.isConnector(words.get(start))) {
      start++;
    }
    if (words.size() - start == 1) {
      Optional<DateLine> numeric = numeric(stripPeriod(words.get(start)));
      if (numeric.isPresent()) {
        return numeric.map(line -> checkWeekday(line, weekday));
      }
    }
    // Without a weekday word the pieces of the words are those of the folded line: no join.
    return named(
        weekday == null ? folded : String.join(" ", words.subList(start, words.size())), weekday);
  }

  /** A necessary condition of {@code UNDATED_MARKER}, without a matcher per line. */
  private static boolean mayBeUndatedMarker(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) <= ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == 'u' || text.charAt(i) == 'U');
  }

  /**
   * Whether the text holds a run of four ASCII digits from {@code from} on: every written year
   * does, so a text without one holds no dated date.
   *
   * @param text any text
   * @param from the first index to look at
   * @return true if four digits follow one another somewhere from {@code from}
   */
  static boolean hasFourDigits(String text, int from) {
    int run = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * A necessary condition of a date line: every form has a four-digit year, so the line has a run
   * of four ASCII digits; or it has a digit and a non-ASCII char, which folding might turn into
   * digits (full-width digits, a combining mark inside the year). Spares the folding and splitting
   * of most short lines with a number in them.
   */
  private static boolean mayHoldYear(String text) {
    int run = 0;
    boolean digit = false;
    boolean nonAscii = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
        nonAscii |= c >= 0x80;
      }
    }
    return digit && (nonAscii || hasShortYearDate(text));
  }

  /**
   * Whether the text holds a numeric date with a two-digit year ({@code 06/14/12}), the one form of
   * a dated date without a run of four digits.
   *
   * @param text any text
   * @return true if such a date stands in it
   */
  static boolean hasShortYearDate(String text) {
    return hasShortYearDate(text, 0);
  }

  /**
   * Whether the text from {@code from} on holds a numeric date with a two-digit year ({@link
   * #hasShortYearDate(String)}).
   *
   * @param text any text
   * @param from where to start looking
   * @return true if such a date stands there
   */
  static boolean hasShortYearDate(String text, int from) {
    return hasDigitsAroundMark(text, from)
        && SHORT_YEAR_DATE_IN_TEXT.matcher(text).region(from, text.length()).find();
  }

  /** Whether a slash stands between two digits: most texts have none (one scan). */
  private static boolean hasDigitsAroundMark(String text, int from) {
    for (int i = from + 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '/' || c == '.')
          && isAsciiDigit(text.charAt(i - 1))
          && isAsciiDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Folds text as date matching does: lower case, accents removed.
   *
   * @param text any text
   * @return the folded text
   */
  static String foldText(String text) {
    return fold(text);
  }

  private static String fold(String text) {
    if (CharMatcher.ascii().matchesAllOf(text)) {
      return text.toLowerCase(Locale.ROOT); // NFKD keeps ASCII, which has no marks
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * The non-empty runs of text between separators, as a splitter that omits empty strings gives
   * them; a mutable list. A loop, because a profile showed Guava's splitters costly per line.
   */
  private static List<String> split(String text, String separators) {
    List<String> parts = new ArrayList<>(8);
    int n = text.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || separators.indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts;
  }

  private static String stripPeriod(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private Optional<DateLine> numeric(String word) {
    Matcher iso = ISO.matcher(word);
    if (iso.matches()) {
      return Optional.of(exact(num(iso, 1), num(iso, 2), num(iso, 3), word));
    }
    Matcher ymd = YEAR_MONTH_DAY.matcher(word);
    if (ymd.matches()) {
      return Optional.of(exact(num(ymd, 1), num(ymd, 3), num(ymd, 4), word));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(word);
    if (dmy.matches()) {
      return dayMonth(num(dmy, 1), num(dmy, 3), num(dmy, 4), word);
    }
    Matcher shortYear = DAY_MONTH_SHORT_YEAR.matcher(word);
    if (shortYear.matches()) {
      return dayMonth(num(shortYear, 1), num(shortYear, 3), shortYear(num(shortYear, 4)), word);
    }
    return Optional.empty();
  }

  /**
   * The year a two-digit year stands for: {@code 12} is 2012 and {@code 98} is 1998, up to {@value
   * #SHORT_YEAR_PIVOT} in the 2000s, fixed so that a page reads the same on any day.
   */
  private static int shortYear(int twoDigits) {
    return twoDigits <= SHORT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
  }

  /** A numeric date of two numbers in either order and a year. */
  private Optional<DateLine> dayMonth(int first, int second, int year, String word) {
    if (first < 1 || second < 1 || first > 31 || second > 31) {
      return Optional.empty();
    }
    Optional<LocalDate> dayFirst = date(year, second, first);
    Optional<LocalDate> monthFirst = date(year, first, second);
    Optional<LocalDate> preferred = order == NumericDateOrder.DAY_FIRST ? dayFirst : monthFirst;
    Optional<LocalDate> other = order == NumericDateOrder.DAY_FIRST ? monthFirst : dayFirst;
    if (preferred.isPresent() && other.isPresent() && !preferred.equals(other) && !settled) {
      return Optional.of(
          new DateLine(
              preferred,
              List.of(
                  new DateLine.Problem(
                      false,
                      DiagnosticCode.DATE_AMBIGUOUS,
                      word
                          + " could be "
                          + preferred.get()
                          + " or "
                          + other.get()
                          + "; read as "
                          + preferred.get()
                          + " (numericDateOrder is "
                          + order
                          + ")"))));
    }
    if (preferred.isPresent() || other.isPresent()) {
      return Optional.of(new DateLine(preferred.or(() -> other), List.of()));
    }
    return Optional.of(impossible(word));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private Optional<DateLine> named(String text, DayOfWeek statedBefore) {
    DayOfWeek stated = statedBefore;
    int day = 0;
    int month = 0;
    int year = 0;
    for (String piece : split(text, PIECE_SEPARATORS)) {
      if (names.isConnector(piece)) {
        continue;
      }
      int monthOfPiece = names.month(piece);
      if (monthOfPiece > 0 && month == 0 && year == 0) {
        month = monthOfPiece;
      } else if (isYear(piece) && year == 0 && month > 0 && day > 0) {
        year = Integer.parseInt(piece);
      } else if (day == 0 && year == 0 && dayOf(piece) >= 0) {
        day = dayOf(piece);
      } else if (stated == null && day == 0 && month == 0 && names.weekday(piece) != null) {
        stated = names.weekday(piece);
      } else {
        return Optional.empty();
      }
    }
    if (day < 1 || day > 31 || month == 0 || year == 0) {
      return Optional.empty();
    }
    return Optional.of(checkWeekday(exact(year, month, day, text), stated));
  }

  /** As the regex {@code \\d{4}}: four ASCII digits. */
  static boolean isYear(String piece) {
    return piece.length() == 4 && digitsAt(piece, 0) == 4;
  }

  /**
   * As the regex {@code (\\d{1,2})(st|nd|rd|th|er|re|e|eme|o|a)?}: the day, or -1 if the piece is
   * not one. Day 0 is a day here, as it was for the regex; the date check rejects it later.
   */
  static int dayOf(String piece) {
    int digits = digitsAt(piece, 0);
    if (digits < 1 || digits > 2) {
      return -1;
    }
    if (digits < piece.length() && !DAY_SUFFIXES.contains(piece.substring(digits))) {
      return -1;
    }
    return Integer.parseInt(piece, 0, digits, 10);
  }

  /** The number of ASCII digits from {@code start}, at most 5. */
  private static int digitsAt(String text, int start) {
    int i = start;
    while (i < text.length() && i - start < 5 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - start;
  }

  private static DateLine exact(int year, int month, int day, String written) {
    return date(year, month, day)
        .map(date -> new DateLine(Optional.of(date), List.of()))
        .orElseGet(() -> impossible(written));
  }

  /** Problems quote the line as the page wrote it, not as it was folded for matching. */
  private static DateLine quoteAsWritten(DateLine line, String written) {
    List<DateLine.Problem> problems = new ArrayList<>();
    for (DateLine.Problem problem : line.problems()) {
      problems.add(
          problem.code() == DiagnosticCode.DATE_IMPOSSIBLE
              ? impossible(written).problems().get(0)
              : problem);
    }
    return new DateLine(line.date(), problems);
  }

  private static DateLine impossible(String written) {
    return new DateLine(
        Optional.empty(),
        List.of(
            new DateLine.Problem(
                true,
                DiagnosticCode.DATE_IMPOSSIBLE,
                "\"" + written + "\" is not a real date; the item has no date")));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return StatedDays.of(year, month, day);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static DateLine checkWeekday(DateLine line, DayOfWeek stated) {
    if (stated == null || line.date().isEmpty() || line.date().get().getDayOfWeek() == stated) {
      return line;
    }
    List<DateLine.Problem> problems = new ArrayList<>(line.problems());
    LocalDate date = line.date().get();
    problems.add(
        new DateLine.Problem(
            false,
            DiagnosticCode.DATE_WEEKDAY_MISMATCH,
            date
                + " is a "
                + DateLine.name(date.getDayOfWeek())
                + ", not a "
                + DateLine.name(stated)
                + "; the date was kept"));
    return new DateLine(line.date(), problems);
  }
}
