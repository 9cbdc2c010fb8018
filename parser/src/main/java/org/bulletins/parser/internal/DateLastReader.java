package org.bulletins.parser.internal;

import java.util.Optional;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Reads pages whose items end with their date: the title, the body (a teaser), then a date line
 * ({@code title-body-date}). The first text line after a date is the next title; text after the
 * last date makes an undated item.
 */
final class DateLastReader extends LayoutReader {

  private ItemBuilder current;
  private boolean blankSinceText;

  DateLastReader(Context context) {
    super(context);
  }

  @Override
  void accept(Line line) {
    switch (line.kind()) {
      case BLANK -> blankSinceText = true;
      case LABEL -> {
        if (current != null) {
          current.addLabel(line);
        } else {
          holdLabel(line);
        }
      }
      case DATE -> closeItem(line);
      default -> {
        if (current == null) {
          current =
              open(Optional.empty(), line.number(), line.number(), line.text(), line.number());
        } else {
          current.addLine(line.text(), line.number(), blankSinceText);
        }
        blankSinceText = false;
      }
    }
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
    finish(current);
    current = null;
    releaseLabels();
  }
}
