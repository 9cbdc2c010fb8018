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
 * <p>A stack starts after a blank line, a label, a date or the page's start, never under a line of
 * text, whose paragraph a short line may go on with ({@code La asamblea será el} / {@code 11} /
 * {@code de marzo} / {@code de 2024}). The last line of the stack becomes the date line (a label,
 * so that its text is kept) and the lines above it labels, so that every line keeps its number and
 * its text. One per page, fed the classified lines in order, before {@link SectionHeaders} (a year
 * alone would otherwise head a section).
 */
final class StackedDates {

  /** The most lines of a stack. */
  private static final int MAX_PARTS = 3;

  /** The longest line of a stack: a day, a month's name or abbreviation, a year. */
  private static final int MAX_PART = 12;

  private final DateLineParser dates;
  private final List<Line> held = new ArrayList<>(MAX_PARTS);

  /** Whether the last line passed on was text: a stack starts after a blank, a label or a date. */
  private boolean afterText;

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
      pass(line, out); // nearly every line: nothing held, nothing else to do
      return;
    }
    if (held.isEmpty() && afterText) {
      pass(line, out); // a short line that goes on with a paragraph ("La asamblea será el" / "11")
      return;
    }
    for (int from = 0; from < held.size(); from++) {
      Optional<DateLine> date = stackedDate(from, line);
      if (date.isPresent()) {
        for (int i = 0; i < held.size(); i++) {
          Line part = held.get(i);
          out.accept(i < from ? part : part.asLabel());
        }
        held.clear();
        pass(
            new Line(
                line.number(),
                line.column(),
                line.text(),
                LineKind.DATE,
                date.get(),
                null,
                true,
                false),
            out);
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
      pass(part, out);
    }
    held.clear();
  }

  private void pass(Line line, Consumer<Line> out) {
    out.accept(line);
    afterText =
        line.kind() == LineKind.TEXT
            || line.kind() == LineKind.DATE_TITLE
            || line.kind() == LineKind.DATELINE;
  }

  /** The whole day that the held lines from {@code from} on and this one name together. */
  private Optional<DateLine> stackedDate(int from, Line last) {
    StringBuilder joined = new StringBuilder();
    for (int i = from; i < held.size(); i++) {
      joined.append(held.get(i).text()).append(' ');
    }
    joined.append(last.text());
    if (!DateLineParser.hasFourDigits(joined.toString(), 0)) {
      return Optional.empty(); // a whole date has its year; most short lines have none
    }
    return dates
        .parse(joined.toString())
        .filter(date -> date.date().isPresent() && date.problems().isEmpty());
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
