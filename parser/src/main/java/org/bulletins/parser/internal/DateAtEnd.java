package org.bulletins.parser.internal;

import java.util.Optional;

/**
 * Finds a date that closes a title, as listings that put each date after its headline write it:
 * {@code City approves the budget | 5 March 2024}, {@code ... — March 5, 2024}, {@code ... (5 March
 * 2024)}, {@code ... [05/03/2024]}, and with a time or a lead-in ({@code ... | Publicado em
 * 04/03/2024 às 10h45}). The separator is a bar, a dash, a middle dot, a bullet or one or two
 * slashes with a space on both sides, or the brackets around the date; the text before it is the
 * title.
 *
 * <p>{@link #separator} tells the writer which char to escape, so that a title or paragraph of that
 * shape reads back as written.
 */
final class DateAtEnd {

  /** Longest line considered: a title, not a paragraph. */
  static final int MAX_LENGTH = TitleRule.MAX_TITLE_LENGTH + DecoratedDate.MAX_LENGTH;

  /** Longest date part, with its time or lead-in. */
  private static final int MAX_DATE_PART = 64;

  private DateAtEnd() {}

  /**
   * Looks for a date at the end of a line.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @return the date and the title before it, or empty
   */
  static Optional<DateInLine.Found> find(String text, DateLineParser dates) {
    return match(text, dates)
        .map(m -> new DateInLine.Found(m.date(), text.substring(0, m.separator()).strip(), true));
  }

  /**
   * The index of the char that sets a closing date apart from the title before it: the bar or dash,
   * or the opening bracket; -1 if the line does not end with a date.
   *
   * @param text the normalised line
   * @param dates the date recogniser
   * @return the separator's index, or -1
   */
  static int separator(String text, DateLineParser dates) {
    return match(text, dates).map(Match::separator).orElse(-1);
  }

  /** A closing date and the index of the char before it that sets it apart. */
  private record Match(int separator, DateLine date) {}

  private static Optional<Match> match(String text, DateLineParser dates) {
    int n = text.length();
    if (n > MAX_LENGTH || n < 2) {
      return Optional.empty();
    }
    char last = text.charAt(n - 1);
    if (last == ')' || last == ']') {
      int open = openingBracket(text);
      return open > 0 && hasYear(text, open + 1) && hasLetter(text, open)
          ? dateOf(text.substring(open + 1, n - 1).strip(), dates).map(d -> new Match(open, d))
          : Optional.empty();
    }
    // The rightmost separator whose part parses: "| 5 March 2024 - 10:45" is one date part.
    int from = Math.max(1, n - MAX_DATE_PART - 2);
    for (int i = n - 2; i >= from; i--) {
      int separator = spacedSeparator(text, i);
      if (separator > 0 && hasYear(text, i + 1) && hasLetter(text, separator)) {
        Optional<DateLine> date = dateOf(text.substring(i + 1).strip(), dates);
        if (date.isPresent()) {
          return date.map(d -> new Match(separator, d));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DateLine> dateOf(String part, DateLineParser dates) {
    if (part.isEmpty() || part.length() > MAX_DATE_PART) {
      return Optional.empty();
    }
    return DecoratedDate.parseAny(part, dates);
  }

  /** The bracket that opens the line's closing bracketed group, if it holds no other bracket. */
  private static int openingBracket(String text) {
    char close = text.charAt(text.length() - 1);
    char open = close == ')' ? '(' : '[';
    int at = text.lastIndexOf(open);
    if (at < 0 || text.length() - at > MAX_DATE_PART + 2) {
      return -1;
    }
    for (int i = at + 1; i < text.length() - 1; i++) {
      if (text.charAt(i) == open || text.charAt(i) == close) {
        return -1;
      }
    }
    return at;
  }

  /**
   * The start of a separator that ends at {@code i} with a space on both sides: a bar, a dash, a
   * middle dot or bullet, a slash or two ({@code Port News // 12 Mar, 2024}); -1 if none.
   */
  private static int spacedSeparator(String text, int i) {
    char c = text.charAt(i);
    boolean separator =
        switch (c) {
          case '|', '-', '–', '—', '·', '•', '/' -> true;
          default -> false;
        };
    if (!separator || text.charAt(i + 1) != ' ') {
      return -1;
    }
    int start = c == '/' && text.charAt(i - 1) == '/' && i >= 2 ? i - 1 : i;
    return text.charAt(start - 1) == ' ' ? start : -1;
  }

  /** A year of four digits after {@code from}, or a numeric date with a two-digit one. */
  private static boolean hasYear(String text, int from) {
    return DateLineParser.hasFourDigits(text, from) || DateLineParser.hasShortYearDate(text, from);
  }

  private static boolean hasLetter(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
