package org.bulletins.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Reads pages whose items end with their date: the title, the body (a teaser), then a date line
 * ({@code title-body-date}). The first text line after a date is the next title; text after the
 * last date makes an undated item.
 *
 * <p>The page's first block is held until the text after it comes: a tag's or a section's name
 * ({@code Alcalde}, {@code PORT NEWS}: a word or two, {@link TitleRule#isKickerText}), or a few
 * short title-like lines, over a blank line and a title-like line is the page's header, labels of
 * the first item, not its title.
 */
final class DateLastReader extends LayoutReader {

  /** The most lines of a page's header block ({@code En ce moment} / {@code Mairie} / ...). */
  private static final int MAX_HEADER_LINES = 4;

  /** The longest line of a page's header block. */
  private static final int MAX_HEADER_LINE = 40;

  private ItemBuilder current;
  private boolean blankSinceText;
  private boolean anyItem;

  /** Whether a label came before the page's first text: a header's first line. */
  private boolean labelAbove;

  /**
   * The page's first text lines, up to the first blank line, held until the next text tells whether
   * they are a header.
   */
  private final List<Line> firstBlock = new ArrayList<>();

  DateLastReader(Context context) {
    super(context);
  }

  @Override
  void accept(Line line) {
    switch (line.kind()) {
      case BLANK -> blankSinceText = true;
      case LABEL -> {
        openFirstBlock();
        labelAbove |= !anyItem && current == null;
        if (current != null) {
          current.addLabel(line);
        } else {
          holdLabel(line);
        }
      }
      case DATE -> {
        openFirstBlock();
        closeItem(line);
      }
      default -> acceptText(line);
    }
  }

  private void acceptText(Line line) {
    if (!firstBlock.isEmpty()) {
      if (blankSinceText && isHeader() && TitleRule.shape(line.text()) == TitleRule.Shape.TITLE) {
        firstBlock.forEach(header -> holdLabel(header.asLabel()));
        firstBlock.clear();
        openTitled(line);
        blankSinceText = false;
        return;
      }
      if (!blankSinceText && firstBlock.size() < MAX_HEADER_LINES) {
        firstBlock.add(line);
        return;
      }
      openFirstBlock();
    }
    if (current == null) {
      if (anyItem) {
        openTitled(line);
      } else {
        firstBlock.add(line);
      }
    } else {
      current.addLine(line.text(), line.number(), blankSinceText);
    }
    blankSinceText = false;
  }

  /**
   * Whether the held first block is the page's header: a tag's or a section's name alone (a word or
   * two, {@link TitleRule#isKickerText}), or a few short title-like lines, as a menu or a section's
   * heading and its strapline (the heading may be a label: {@code Actualités}).
   */
  private boolean isHeader() {
    if (firstBlock.size() == 1 && !labelAbove) {
      return TitleRule.isKickerText(firstBlock.get(0).text());
    }
    for (Line line : firstBlock) {
      if (line.text().length() > MAX_HEADER_LINE
          || TitleRule.shape(line.text()) != TitleRule.Shape.TITLE) {
        return false;
      }
    }
    return true;
  }

  /** Opens the item whose title is the held block's first line, its other lines its text. */
  private void openFirstBlock() {
    if (firstBlock.isEmpty()) {
      return;
    }
    openTitled(firstBlock.get(0));
    for (int i = 1; i < firstBlock.size(); i++) {
      Line line = firstBlock.get(i);
      current.addLine(line.text(), line.number(), false);
    }
    firstBlock.clear();
  }

  /** Opens an undated item titled by a line. */
  private void openTitled(Line title) {
    current = open(Optional.empty(), title.number(), title.number(), title.text(), title.number());
    anyItem = true;
  }

  private void closeItem(Line date) {
    reportDate(date);
    if (current == null) {
      sink()
          .report(
              Severity.WARNING,
              DiagnosticCode.DATE_ORPHAN,
              date.number(),
              date.column(),
              "the date line closes no item: no title came after the previous date");
      return;
    }
    if (date.label()) {
      current.addLabel(date);
    }
    current.closeWithDate(date.date().date(), date.number());
    finish(current);
    current = null;
    blankSinceText = false;
  }

  @Override
  void end() {
    openFirstBlock();
    finish(current);
    current = null;
    releaseLabels();
  }
}
