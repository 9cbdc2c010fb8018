package org.bulletins.parser.internal;

import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Reads pages whose items end with their date: the title, the body (a teaser), then a date line
 * ({@code title-body-date}). The first text line after a date is the next title; text after the
 * last date makes an undated item.
 *
 * <p>The page's first line is held until the next comes: a tag's or a section's name ({@code
 * Alcalde}, {@code PORT NEWS}: a word or two, {@link TitleRule#isKickerText}) over a blank line and
 * a title-like line is the page's header, a label of the first item, not its title.
 */
final class DateLastReader extends LayoutReader {

  private ItemBuilder current;
  private boolean blankSinceText;
  private boolean anyItem;

  /** The page's first text line, held until the next line tells whether it is a header. */
  private Line firstLine;

  DateLastReader(Context context) {
    super(context);
  }

  @Override
  void accept(Line line) {
    switch (line.kind()) {
      case BLANK -> blankSinceText = true;
      case LABEL -> {
        openFirstLine();
        if (current != null) {
          current.addLabel(line);
        } else {
          holdLabel(line);
        }
      }
      case DATE -> {
        openFirstLine();
        closeItem(line);
      }
      default -> acceptText(line);
    }
  }

  private void acceptText(Line line) {
    if (firstLine != null) {
      if (blankSinceText
          && TitleRule.isKickerText(firstLine.text())
          && TitleRule.shape(line.text()) == TitleRule.Shape.TITLE) {
        holdLabel(firstLine.asLabel());
        firstLine = null;
        openTitled(line);
        blankSinceText = false;
        return;
      }
      openFirstLine();
    }
    if (current == null) {
      if (anyItem) {
        openTitled(line);
      } else {
        firstLine = line;
      }
    } else {
      current.addLine(line.text(), line.number(), blankSinceText);
    }
    blankSinceText = false;
  }

  /** Opens the item whose title is the held first line, if one is held. */
  private void openFirstLine() {
    if (firstLine != null) {
      openTitled(firstLine);
      firstLine = null;
    }
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
    openFirstLine();
    finish(current);
    current = null;
    releaseLabels();
  }
}
