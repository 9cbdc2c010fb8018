package org.bulletins.parser.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that states a span of days, as event listings and some bulletins date their items: {@code
 * 5–7 March 2024}, {@code March 5-7, 2024}, {@code From 5 to 7 March 2024}, {@code Du 5 au 7 mars
 * 2024}, {@code Del viernes, 16 de enero de 2026 al domingo, 18 de enero de 2026}, {@code De 28 de
 * dezembro a 3 de janeiro de 2025}. The item's date is the first day; the line is kept as a label
 * (the last day is in it). The first day takes what it leaves out (its year, its month) from the
 * last day, a year earlier where the span crosses New Year.
 */
final class DateRange {

  /** Longest line considered, in chars. */
  static final int MAX_LENGTH = 96;

  /** Words, folded, that open a range. */
  private static final String OPENER = "(?:from |del |de |du |des |entre (?:el |le )?|between )?";

  /** Words, folded, between the first day and the last: {@code to}, {@code al}, {@code au}. */
  private static final Pattern WORDS =
      Pattern.compile(
          OPENER
              + "(.{1,40}?) (?:to|until|till|through|and|al|hasta el|hasta|y el|au|jusqu'au|et le|a|ate o|ate|e) (.{6,50})");

  /** {@code 5–7 March 2024}, {@code 5-7 de marzo de 2024}: two days, then the month and year. */
  private static final Pattern DAYS_FIRST =
      Pattern.compile("(\\d{1,2}) ?[-–—/] ?(\\d{1,2}(?:er)? .{3,40})");

  /** {@code March 5-7, 2024}: the month, two days, then the year. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile("([a-z]{3,10}\\.?) (\\d{1,2}) ?[-–—] ?(\\d{1,2},? \\d{4})");

  /** {@code 5 March 2024 – 7 March 2024}, {@code 30 March - 2 April 2024}: parted by a dash. */
  private static final Pattern TWO_DATES = Pattern.compile("(.{6,40}?) ?[-–—] ?(.{6,40})");

  private DateRange() {}

  /**
   * Reads a range of days.
   *
   * @param text the line as the classifier detects dates in it (normalised)
   * @param dates the date recogniser
   * @return a date line dated by the range's first day, or empty if the line is no range
   */
  static Optional<DateLine> parse(String text, DateLineParser dates) {
    if (text.length() > MAX_LENGTH || !endsWithYear(text)) {
      return Optional.empty(); // every form ends with the last day's year: most titles go here
    }
    String folded = DateLineParser.foldText(text).strip();
    Matcher days = DAYS_FIRST.matcher(folded);
    if (days.matches()) {
      Optional<LocalDate> last = whole(days.group(2), dates);
      return last.flatMap(end -> dayBefore(Integer.parseInt(days.group(1)), end))
          .map(DateRange::line);
    }
    Matcher month = MONTH_FIRST.matcher(folded);
    if (month.matches()) {
      Optional<LocalDate> last = whole(month.group(1) + " " + month.group(3), dates);
      return last.flatMap(end -> dayBefore(Integer.parseInt(month.group(2)), end))
          .map(DateRange::line);
    }
    Matcher words = WORDS.matcher(folded);
    if (words.matches()) {
      Optional<LocalDate> last = whole(words.group(2), dates);
      if (last.isPresent()) {
        return first(words.group(1), last.get(), dates).map(DateRange::line);
      }
    }
    Matcher two = TWO_DATES.matcher(folded);
    if (two.matches()) {
      Optional<LocalDate> last = whole(two.group(2), dates);
      if (last.isPresent()) {
        return first(two.group(1), last.get(), dates).map(DateRange::line);
      }
    }
    return Optional.empty();
  }

  /** Whether the text ends with four digits and no fifth before them ({@code ... 2024}). */
  private static boolean endsWithYear(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
      end--;
    }
    if (end < 5) {
      return false;
    }
    for (int i = end - 4; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    char before = text.charAt(end - 5);
    return before < '0' || before > '9';
  }

  /** A whole date, plain or with a weekday or lead-in. */
  private static Optional<LocalDate> whole(String text, DateLineParser dates) {
    return DecoratedDate.parseAny(text.strip(), dates).flatMap(DateLine::date);
  }

  /** The first day as written before the last: a whole date, a day and month, or a day. */
  private static Optional<LocalDate> first(String text, LocalDate last, DateLineParser dates) {
    Optional<LocalDate> whole = whole(text, dates);
    if (whole.isPresent()) {
      return whole.filter(start -> !start.isAfter(last));
    }
    Optional<MonthDay> monthDay = dates.parseYearless(text.strip()).flatMap(DateLine::yearless);
    if (monthDay.isPresent()) {
      LocalDate start = inYear(monthDay.get(), last.getYear());
      if (start == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(
          start.isAfter(last) ? inYear(monthDay.get(), last.getYear() - 1) : start);
    }
    String day = dayOf(text, dates);
    return day == null ? Optional.empty() : dayBefore(Integer.parseInt(day), last);
  }

  /** A day number alone, maybe after a weekday ({@code viernes 16}) or with {@code 1er}. */
  private static String dayOf(String text, DateLineParser dates) {
    String spaced = text.replace(",", " ").strip();
    if (spaced.isEmpty()) {
      return null; // ", to 7 March 2024"
    }
    List<String> words = List.of(spaced.split(" +"));
    String day = words.get(words.size() - 1).replace("er", "");
    boolean alone = words.size() == 1 || (words.size() == 2 && dates.isWeekday(words.get(0)));
    if (!alone || day.isEmpty() || day.length() > 2 || !day.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return day;
  }

  /** The day of that number on or before the last day: its month, or the month before. */
  private static Optional<LocalDate> dayBefore(int day, LocalDate last) {
    try {
      LocalDate start =
          day <= last.getDayOfMonth()
              ? last.withDayOfMonth(day)
              : last.minusMonths(1).withDayOfMonth(day);
      return Optional.of(start);
    } catch (DateTimeException e) {
      return Optional.empty(); // "31-2 March": no 31 February
    }
  }

  private static LocalDate inYear(MonthDay monthDay, int year) {
    return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
  }

  private static DateLine line(LocalDate start) {
    return new DateLine(Optional.of(start), List.of());
  }
}
