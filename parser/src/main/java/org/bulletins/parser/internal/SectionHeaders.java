package org.bulletins.parser.internal;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Completes yearless dates from the page's section headers. Archives often head each month's or
 * year's items with a line of its own ({@code March 2024}, {@code Mars 2024}, {@code 2024}) and
 * write the items' dates without the year ({@code 5 March}); the header states the year, so the
 * item is dated, not guessed at.
 *
 * <ul>
 *   <li>A month and year alone on a line is the year of the yearless dates after it that name its
 *       month, a year alone the year of every yearless date after it.
 *   <li>Either is a header, and a label, only when the next line that is not blank holds a yearless
 *       date: otherwise it stays what it was (a title such as {@code 2020} over a yearly review, or
 *       {@code March 2024} over a monthly newsletter) and states nothing.
 * </ul>
 *
 * <p>A header holds until the next one, or until a full date of another year: the page has then
 * left the header's year. A yearless date whose written weekday the header's year contradicts
 * ({@code Tuesday 5 March} under {@code 2023}) is not completed and says why. A yearless date under
 * no header, in another month than its header's, or on 29 February of a common year keeps its
 * {@code date.no-year} warning and no date. One per page, fed the classified lines in order; it
 * holds back a header line and counts the blank lines after it until the next line decides what the
 * header line is.
 */
final class SectionHeaders {

  /**
   * A section header.
   *
   * @param year the year it states
   * @param month the month it states, 1 to 12, or 0 for a year alone
   */
  record Header(int year, int month) {}

  private Header current;
  // A header line whose role the next non-blank line decides, and the count of blank lines after
  // it (consecutive: a count, not the lines, so that a page of blanks holds no memory).
  private Line held;
  private int heldBlanks;

  /**
   * Reads one classified line and passes it on, or the lines held before it, read again.
   *
   * @param line the next line of the page
   * @param out where the lines go, in order
   */
  void accept(Line line, Consumer<Line> out) {
    if (held != null) {
      if (line.kind() == LineKind.BLANK) {
        heldBlanks++;
        return;
      }
      boolean heads = line.date() != null && line.date().yearless().isPresent();
      if (heads) {
        current = held.header();
      }
      release(heads ? asLabel(held) : held, out);
      if (heads) {
        out.accept(completed(line, current).map(date -> withDate(line, date)).orElse(line));
        return;
      }
    }
    if (line.header() != null) {
      held = line; // "2024", "March 2024": a header only if a yearless date comes next
      heldBlanks = 0;
    } else if (current != null) {
      if (isOfAnotherYear(line, current)) {
        current = null; // "12 March 2023" under "2024": the page has left the header's year
      }
      out.accept(
          current == null
              ? line
              : completed(line, current).map(date -> withDate(line, date)).orElse(line));
    } else {
      out.accept(line);
    }
  }

  /**
   * Passes on the lines still held at the end of the page.
   *
   * @param out where the lines go
   */
  void end(Consumer<Line> out) {
    if (held != null) {
      release(held, out);
    }
  }

  /** Passes on the held line, as given, and the blank lines after it. */
  private void release(Line header, Consumer<Line> out) {
    out.accept(header);
    for (int i = 1; i <= heldBlanks; i++) {
      out.accept(new Line(held.number() + i, 1, "", LineKind.BLANK, null, null, false, false));
    }
    held = null;
    heldBlanks = 0;
  }

  /**
   * A plain date line or a dated title of another year: the page has left the header's section. A
   * dateline in a paragraph, an {@code Updated ...} stamp or a span of days (date lines kept as
   * labels too) may name another year inside a section, and leave it in place.
   */
  private static boolean isOfAnotherYear(Line line, Header header) {
    boolean itemDate =
        (line.kind() == LineKind.DATE && !line.label()) || line.kind() == LineKind.DATE_TITLE;
    return itemDate
        && line.date().date().isPresent()
        && line.date().date().get().getYear() != header.year();
  }

  /** The line's yearless date in the header's year, if the header's month (if any) is its. */
  private static Optional<DateLine> completed(Line line, Header header) {
    DateLine date = line.date();
    if (date == null || date.yearless().isEmpty()) {
      return Optional.empty();
    }
    if (header.month() != 0 && header.month() != date.yearless().get().getMonthValue()) {
      return Optional.empty();
    }
    return date.inYear(header.year());
  }

  private static Line asLabel(Line line) {
    return new Line(
        line.number(),
        line.column(),
        line.text(),
        LineKind.LABEL,
        null,
        null,
        false,
        false,
        line.header());
  }

  private static Line withDate(Line line, DateLine date) {
    return new Line(
        line.number(),
        line.column(),
        line.text(),
        line.kind(),
        date,
        line.title(),
        line.label(),
        line.weak(),
        null);
  }
}
