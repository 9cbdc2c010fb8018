package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Completes yearless dates from the page's section headers. Archives often head each month's or
 * year's items with a line of its own ({@code March 2024}, {@code Mars 2024}, {@code 2024}) and
 * write the items' dates without the year ({@code 5 March}); the header states the year, so the
 * item is dated, not guessed at.
 *
 * <ul>
 *   <li>A month and year alone on a line is a label, and the year of the yearless dates after it
 *       that name its month.
 *   <li>A year alone on a line is the year of the yearless dates after it, and a label, only when
 *       the next line that is not blank holds a yearless date: otherwise it stays what it was (a
 *       title such as {@code 2020} over a yearly review) and states nothing.
 * </ul>
 *
 * <p>A header holds until the next one. A yearless date under no header, in another month than its
 * header's, or on 29 February of a common year keeps its {@code date.no-year} warning and no date.
 * One per page, fed the classified lines in order; it holds back a year line and the blank lines
 * after it until the next line decides what the year line is.
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
  private final List<Line> held = new ArrayList<>();

  /**
   * Reads one classified line and passes it on, or the lines held before it, read again.
   *
   * @param line the next line of the page
   * @param out where the lines go, in order
   */
  void accept(Line line, Consumer<Line> out) {
    if (!held.isEmpty()) {
      if (line.kind() == LineKind.BLANK) {
        held.add(line);
        return;
      }
      Line year = held.get(0);
      if (line.date() != null && line.date().yearless().isPresent()) {
        current = year.header();
        out.accept(asLabel(year));
        held.subList(1, held.size()).forEach(out);
        held.clear();
        out.accept(completed(line, current).map(date -> withDate(line, date)).orElse(line));
        return;
      }
      held.forEach(out);
      held.clear();
    }
    Line header = line.header() == null ? null : line;
    if (header != null && header.header().month() == 0) {
      held.add(header); // a year alone: the next line decides
    } else if (header != null) {
      current = header.header();
      out.accept(header);
    } else if (current != null) {
      out.accept(completed(line, current).map(date -> withDate(line, date)).orElse(line));
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
    held.forEach(out);
    held.clear();
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
