package org.bulletins.parser.internal;

import java.util.Optional;

/**
 * A date and its time that open a paragraph with no separator after them, as listings scraped
 * without line breaks glue a teaser to its date: {@code quarta-feira 15 de maio de 2024 às 15:17hA
 * prefeitura confirmou ...}, {@code March 5, 2024 10:30 AM The council voted on the plan …}. Such a
 * line is a dateline: the first paragraph of the item whose title is above it, dated by it.
 *
 * <p>The time closes the date part, so the date must come with one ({@code 15 de maio de 2024 A
 * prefeitura ...} is left alone), written with a colon ({@code 15:17}, {@code 15:17h}, {@code 10:30
 * AM}: the classifier asks only lines that hold one), and the text after it must open a sentence,
 * end like one (a teaser's {@code …} included; a title-like rest, {@link TitleRule#shape}, is left
 * alone), and be glued to the time or be a teaser cut short with {@code …}: a body's sentence that
 * merely opens with a date and a time ({@code 5 May 2024 10:00 AM Public hearing on the plan.})
 * stays text, so that one such line cannot make a page of datelines.
 */
final class TimedDateline {

  /**
   * The date's year must end within this many chars of the line's start: the longest date opens
   * with a weekday ({@code quarta-feira, 15 de setembro de 2024}).
   */
  private static final int MAX_YEAR_END = 48;

  /** The time must end within this many chars of the line's start. */
  private static final int MAX_DATE_PART = 72;

  private TimedDateline() {}

  /**
   * Looks for a date and time that open a paragraph.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @return the date, or empty
   */
  static Optional<DateLine> find(String text, DateLineParser dates) {
    if (text.indexOf(':') < 0) {
      // No time with a colon: what the classifier's gate on a line's marks lets through, so a
      // line reads the same from bytes (marks known) and from text (every mark assumed).
      return Optional.empty();
    }
    int limit = Math.min(text.length(), MAX_DATE_PART);
    int year = yearEnd(text, Math.min(limit, MAX_YEAR_END));
    if (year < 0) {
      return Optional.empty(); // most lines with a digit: no matcher
    }
    for (int at = year; at < limit; at++) {
      int end = timeEnd(text, at, limit);
      if (end < 0) {
        continue;
      }
      String rest = text.substring(end).strip();
      if (rest.isEmpty()
          || !opensSentence(rest.charAt(0))
          || !(isGlued(text, end) || isTeaser(rest))) {
        continue;
      }
      Optional<DateLine> date = DecoratedDate.parseAny(text.substring(0, end), dates);
      if (date.isPresent() && TitleRule.shape(rest) != TitleRule.Shape.TITLE) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The index after the first run of four digits before {@code limit}, or -1. */
  private static int yearEnd(String text, int limit) {
    int run = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The end of a time that starts at {@code at} ({@code 15:17}, {@code 15:17h}, {@code 15h17},
   * {@code 10:30 AM}, {@code 9.05 p.m.}), or -1: one or two digits not after a digit or a colon,
   * {@code :}, {@code h} or {@code .}, two digits, then perhaps {@code h} or a meridiem.
   */
  private static int timeEnd(String text, int at, int limit) {
    if (!isDigit(text, at, limit)
        || (at > 0 && (isDigit(text, at - 1, limit) || text.charAt(at - 1) == ':'))) {
      return -1;
    }
    int mark = isDigit(text, at + 1, limit) ? at + 2 : at + 1;
    if (mark >= limit
        || ":h.".indexOf(text.charAt(mark)) < 0
        || !isDigit(text, mark + 1, limit)
        || !isDigit(text, mark + 2, limit)
        || isDigit(text, mark + 3, limit)) {
      return -1;
    }
    int end = mark + 3;
    if (end < text.length() && text.charAt(end) == 'h') {
      return end + 1;
    }
    int meridiem = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    if (meridiem < text.length() && "AaPp".indexOf(text.charAt(meridiem)) >= 0) {
      int m = meridiem + 1;
      if (m < text.length() && text.charAt(m) == '.') {
        m++;
      }
      if (m < text.length() && (text.charAt(m) == 'M' || text.charAt(m) == 'm')) {
        m++;
        return m < text.length() && text.charAt(m) == '.' ? m + 1 : m;
      }
    }
    return end;
  }

  private static boolean isDigit(String text, int i, int limit) {
    return i < limit && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** The text starts right after the time, with no space: the mark of a scrape without breaks. */
  private static boolean isGlued(String text, int end) {
    return end < text.length() && text.charAt(end) != ' ';
  }

  /** A teaser cut short: {@code …} or {@code ...} at its end. */
  private static boolean isTeaser(String rest) {
    return rest.endsWith("…") || rest.endsWith("...") || rest.endsWith("[…]");
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || "\"“«‘".indexOf(c) >= 0;
  }
}
