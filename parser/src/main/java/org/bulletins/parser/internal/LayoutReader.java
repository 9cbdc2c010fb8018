package org.bulletins.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.Severity;

/**
 * Reads classified lines into items for one page layout. Items go to a queue as they complete;
 * memory holds one item and a few pending lines.
 *
 * <p>Label lines that come before any item are held until the next item starts, whose span then
 * begins at the first of them; if too many pile up, or the page ends, they are reported as {@code
 * text.orphan}, so that every line is still in an item or a diagnostic.
 */
abstract class LayoutReader {

  /** The most label lines held while no item is open. */
  private static final int MAX_LOOSE_LABELS = 64;

  private final DiagnosticSink sink;
  private final String source;
  private final int maxItemLength;
  private final Deque<NewsItem> ready;
  private final boolean warnNoBody;
  private final List<Line> looseLabels = new ArrayList<>();

  LayoutReader(Context context) {
    this.sink = context.sink();
    this.source = context.source();
    this.maxItemLength = context.maxItemLength();
    this.ready = context.ready();
    this.warnNoBody = context.warnNoBody();
  }

  /**
   * What every reader needs.
   *
   * @param sink where diagnostics go
   * @param source the source name for spans
   * @param maxItemLength the most chars of text one item holds
   * @param ready where complete items go
   * @param warnNoBody whether an item without body gets {@code item.no-body}
   */
  record Context(
      DiagnosticSink sink,
      String source,
      int maxItemLength,
      Deque<NewsItem> ready,
      boolean warnNoBody) {}

  /**
   * Whether labels are held for the next item: a line added to the open item after them would make
   * its span reach over theirs.
   */
  boolean holdsLabels() {
    return !looseLabels.isEmpty();
  }

  /** Reads one line. */
  abstract void accept(Line line);

  /** Reads the end of the page. */
  abstract void end();

  final DiagnosticSink sink() {
    return sink;
  }

  final int maxItemLength() {
    return maxItemLength;
  }

  /** Opens an item, giving it the label lines held since the last one. */
  final ItemBuilder open(
      Optional<LocalDate> date, int firstLine, int titleLine, String title, int lastLine) {
    String capped = title.length() <= maxItemLength ? title : title.substring(0, maxItemLength);
    ItemBuilder item =
        new ItemBuilder(date, firstLine, titleLine, capped, lastLine, maxItemLength, sink);
    item.addLabelsBefore(looseLabels);
    looseLabels.clear();
    return item;
  }

  final void finish(ItemBuilder item) {
    if (item != null) {
      ready.add(item.build(source, warnNoBody));
    }
  }

  /** Holds a label line that belongs to no open item. */
  final void holdLabel(Line line) {
    looseLabels.add(line);
    if (looseLabels.size() >= MAX_LOOSE_LABELS) {
      releaseLabels();
    }
  }

  /** Reports the held label lines as belonging to no item. */
  final void releaseLabels() {
    for (Line label : looseLabels) {
      orphanText(label.number(), label.number(), label.column(), "label line");
    }
    looseLabels.clear();
  }

  final void orphanText(int firstLine, int lastLine, int column, String what) {
    sink.report(
        Severity.WARNING,
        DiagnosticCode.TEXT_ORPHAN,
        firstLine,
        column,
        (firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine)
            + " read as "
            + (what.equals("label line") ? "labels" : "a " + what)
            + " before any title; the text belongs to no item");
  }

  /** Reports the problems of a line's date. */
  final void reportDate(Line line) {
    for (DateLine.Problem problem : line.date().problems()) {
      sink.report(
          problem.error() ? Severity.ERROR : Severity.WARNING,
          problem.code(),
          line.number(),
          line.column(),
          problem.message());
    }
  }
}
