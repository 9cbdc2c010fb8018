package org.bulletins.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.NewsItem;
import org.bulletins.model.Severity;
import org.bulletins.model.SourceSpan;

/** Accumulates one item: its title, then lines and blocks of body text, within a size limit. */
final class ItemBuilder {

  private Optional<LocalDate> date;
  private int firstLine;
  private final int titleLine;
  private final String title;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();

  /**
   * The open paragraph while it has one line, else null (and the text is in {@link #paragraph}).
   */
  private String firstLineOfParagraph;

  /** The open paragraph's last line, or null when none is open. */
  private String lineAbove;

  private final int maxLength;
  private final DiagnosticSink sink;
  private int lastLine;
  private long length;
  private boolean tooLarge;

  ItemBuilder(
      Optional<LocalDate> date,
      int firstLine,
      int titleLine,
      String title,
      int lastLine,
      int maxLength,
      DiagnosticSink sink) {
    this.date = date;
    this.firstLine = firstLine;
    this.titleLine = titleLine;
    this.title = title;
    this.lastLine = lastLine;
    this.maxLength = maxLength;
    this.sink = sink;
    this.length = title.length();
  }

  /**
   * Adds a body line.
   *
   * @param text the normalised line, not empty
   * @param line its number
   * @param startsParagraph true if a blank line came before it
   */
  void addLine(String text, int line, boolean startsParagraph) {
    lastLine = Math.max(lastLine, line);
    if (startsParagraph || (lineAbove != null && ParagraphBreak.between(lineAbove, text))) {
      endParagraph();
    }
    lineAbove = text;
    if (fits(text, line)) {
      if (firstLineOfParagraph == null && paragraph.length() == 0) {
        if (!text.isEmpty()) {
          firstLineOfParagraph = text; // most paragraphs are one line: kept without a copy
        }
        return;
      }
      if (firstLineOfParagraph != null) {
        paragraph.append(firstLineOfParagraph);
        firstLineOfParagraph = null;
      }
      paragraph.append(' ').append(text);
    }
  }

  /**
   * Adds a whole paragraph.
   *
   * @param block the block holding it
   */
  void addParagraph(Block block) {
    lastLine = Math.max(lastLine, block.lastLine());
    endParagraph();
    if (fits(block.text(), block.firstLine())) {
      paragraphs.addAll(block.paragraphs());
    }
  }

  /**
   * Adds a label line inside the item.
   *
   * @param line the label line
   */
  void addLabel(Line line) {
    lastLine = Math.max(lastLine, line.number());
    if (fits(line.text(), line.number())) {
      labels.add(line.text());
    }
    dateByStamp(line);
  }

  /**
   * Dates an undated item by a stamp among the labels inside it ({@link StampLine}); a stamp held
   * over the item may be the stamp of text before it.
   */
  private void dateByStamp(Line label) {
    if (date.isEmpty() && label.kind() == LineKind.LABEL && label.date() != null) {
      date = label.date().date();
    }
  }

  /**
   * Adds label lines that come before the item's first line: the item's span grows to hold them.
   *
   * @param before the label lines, in order
   */
  void addLabelsBefore(List<Line> before) {
    if (before.isEmpty()) {
      return;
    }
    firstLine = Math.min(firstLine, before.get(0).number());
    List<String> texts = new ArrayList<>();
    for (Line line : before) {
      if (fits(line.text(), line.number())) {
        texts.add(line.text());
      }
    }
    labels.addAll(0, texts);
  }

  /**
   * Sets the date once it is known (a date line that closes its item).
   *
   * @param stated the date
   * @param line the date line, which the span now reaches
   */
  void closeWithDate(Optional<LocalDate> stated, int line) {
    this.date = stated;
    lastLine = Math.max(lastLine, line);
  }

  private boolean fits(String text, int line) {
    if (length + text.length() + 1 <= maxLength) {
      length += text.length() + 1;
      return true;
    }
    if (!tooLarge) {
      tooLarge = true;
      sink.report(
          Severity.ERROR,
          DiagnosticCode.ITEM_TOO_LARGE,
          line,
          1,
          "the item starting at line "
              + firstLine
              + " is longer than maxItemLength ("
              + maxLength
              + " chars); its text from this line on was dropped");
    }
    return false;
  }

  private void endParagraph() {
    lineAbove = null;
    if (firstLineOfParagraph != null) {
      paragraphs.add(firstLineOfParagraph);
      firstLineOfParagraph = null;
    } else if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  /**
   * Builds the item, reporting {@code item.no-body} if it has no paragraph.
   *
   * @param source the source name
   * @return the item
   */
  NewsItem build(String source) {
    return build(source, true);
  }

  /**
   * Builds the item.
   *
   * @param source the source name
   * @param warnNoBody whether an item without a paragraph gets {@code item.no-body} (not on pages
   *     of one line per item)
   * @return the item
   */
  NewsItem build(String source, boolean warnNoBody) {
    endParagraph();
    if (paragraphs.isEmpty() && warnNoBody) {
      sink.report(
          Severity.WARNING,
          DiagnosticCode.ITEM_NO_BODY,
          titleLine,
          1,
          "the item \"" + abbreviate(title) + "\" has a title but no paragraph");
    }
    return new NewsItem(
        date, title, paragraphs, new SourceSpan(source, firstLine, titleLine, lastLine), labels);
  }

  private static String abbreviate(String text) {
    return Abbreviation.of(text, 60);
  }
}
