package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a date stacked over two or three short lines, as a listing's calendar badge is scraped:
 * {@code 11} / {@code décembre} / {@code 2025}, {@code DEC} / {@code 11} / {@code 2025}, {@code 11
 * déc.} / {@code 2025}. None of the lines is a date alone; together they name a whole day.
 *
 * <p>The last line of the stack becomes the date line (a label, so that its text is kept) and the
 * lines above it labels, so that every line keeps its number and its text. One per page, fed the
 * classified lines in order, before {@link SectionHeaders} (a year alone would otherwise head a
 * section).
 */
final class StackedDates {

  /** The most lines of a stack. */
  private static final int MAX_PARTS = 3;

  /** The longest line of a stack: a day, a month's name or abbreviation, a year. */
  private static final int MAX_PART = 12;

  private final DateLineParser dates;
  private final List<Line> held = new ArrayList<>(MAX_PARTS);

  StackedDates(DateLineParser dates) {
    this.dates = dates;
  }

  /**
   * Reads one classified line and passes it on, or the lines held before it.
   *
   * @param line the next line
   * @param out where lines go, in order
   */
  void accept(Line line, Consumer<Line> out) {
    if (!mayBePart(line)) {
      if (!held.isEmpty()) {
        flush(out);
      }
      out.accept(line); // nearly every line: nothing held, nothing else to do
      return;
    }
    for (int from = 0; from < held.size(); from++) {
      Optional<DateLine> date = stackedDate(from, line);
      if (date.isPresent()) {
        for (int i = 0; i < held.size(); i++) {
          Line part = held.get(i);
          out.accept(i < from ? part : asLabel(part));
        }
        held.clear();
        out.accept(
            new Line(
                line.number(),
                line.column(),
                line.text(),
                LineKind.DATE,
                date.get(),
                null,
                true,
                false));
        return;
      }
    }
    if (held.size() == MAX_PARTS - 1) {
      out.accept(held.remove(0));
    }
    held.add(line);
  }

  /** Passes on the lines still held, at the end of the page. */
  void end(Consumer<Line> out) {
    flush(out);
  }

  private void flush(Consumer<Line> out) {
    for (Line part : held) {
      out.accept(part);
    }
    held.clear();
  }

  /** The whole day that the held lines from {@code from} on and this one name together. */
  private Optional<DateLine> stackedDate(int from, Line last) {
    StringBuilder joined = new StringBuilder();
    for (int i = from; i < held.size(); i++) {
      joined.append(held.get(i).text()).append(' ');
    }
    joined.append(last.text());
    return dates
        .parse(joined.toString())
        .filter(date -> date.date().isPresent() && date.problems().isEmpty());
  }

  private static Line asLabel(Line part) {
    return new Line(
        part.number(), part.column(), part.text(), LineKind.LABEL, null, null, false, false);
  }

  /** A short line of text that could be part of a stacked date: a day, a month, a year. */
  private static boolean mayBePart(Line line) {
    if ((line.kind() != LineKind.TEXT && line.kind() != LineKind.LABEL)
        || line.text().isEmpty()
        || line.text().length() > MAX_PART) {
      return false;
    }
    String text = line.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != ' ' && c != ',') {
        return false;
      }
    }
    return true;
  }
}
