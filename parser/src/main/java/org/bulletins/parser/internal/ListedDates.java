package org.bulletins.parser.internal;

import java.util.function.Consumer;

/**
 * Tells a listing's bulleted date lines ({@code • 14/11/2025} over a title, after a blank line)
 * from the dates of an article's list, which stay text: a bulleted date under a line of text (a
 * stamp of fields there, {@code - PUB DATE: 8/9/2023 - SOURCE: Valley Record}, is a label that
 * dates its item: {@link StampLine}), or right over another bulleted line ({@code • 14/11/2025} /
 * {@code • 21/11/2025}, {@code * 12/03/2016} / {@code * The council approves the first design.}). A
 * bulleted time right under a bulleted date ({@code • 21 // Abr // 2025} / {@code • 09h50}) is the
 * date's stamp, kept as a label.
 *
 * <p>One per page, fed the classified lines in order, before {@link StackedDates}, to which it
 * passes them; it holds a bulleted date until the line under it shows what it is.
 */
final class ListedDates {

  /** Where lines go next. */
  private final StackedDates stacked;

  /** A bulleted date line, held until the next line. */
  private Line held;

  /** Whether the last line passed on was text. */
  private boolean afterText;

  /** The page's date recogniser, which reads a stamp ({@link StampLine}). */
  private final DateLineParser dates;

  ListedDates(StackedDates stacked, DateLineParser dates) {
    this.stacked = stacked;
    this.dates = dates;
  }

  /**
   * Reads one classified line and passes it on to the stacked dates' reader, with the line held
   * before it.
   *
   * @param line the next line
   * @param out where the stacked dates' reader sends lines, in order
   */
  void accept(Line line, Consumer<Line> out) {
    Line next = line;
    if (held != null) {
      Line date = held;
      held = null;
      boolean bulleted = next.kind() != LineKind.BLANK && ListMarker.opens(next.text());
      if (bulleted
          && DecoratedDate.isTimeAlone(next.text().substring(textAfterMark(next.text())))) {
        pass(date, out);
        pass(next.asLabel(), out);
        return;
      }
      pass(bulleted ? date.asText() : date, out);
    }
    if (next.kind() == LineKind.DATE && ListMarker.markEnd(next.text()) > 0) {
      if (afterText) {
        pass(StampLine.parse(next.text(), dates).isPresent() ? next.asStamp() : next.asText(), out);
      } else {
        held = next;
      }
      return;
    }
    pass(next, out);
  }

  /**
   * Passes on the line still held at the end of the text, and ends the stacked dates' reader.
   *
   * @param out where the stacked dates' reader sends lines
   */
  void end(Consumer<Line> out) {
    if (held != null) {
      pass(held, out);
      held = null;
    }
    stacked.end(out);
  }

  private static int textAfterMark(String text) {
    return Math.max(0, ListMarker.markEnd(text));
  }

  private void pass(Line line, Consumer<Line> out) {
    stacked.accept(line, out);
    afterText =
        line.kind() == LineKind.TEXT
            || line.kind() == LineKind.DATE_TITLE
            || line.kind() == LineKind.DATELINE;
  }
}
