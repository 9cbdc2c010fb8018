package org.bulletins.parser.internal;

import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/** Joins the lines of one {@link Block}, within the item size limit. */
final class BlockBuilder {

  private final int firstLine;
  private final int column;
  private final int blanksBefore;
  private final int maxLength;
  private final DiagnosticSink sink;
  private final StringBuilder text = new StringBuilder();
  private int lastLine;
  private boolean tooLarge;

  BlockBuilder(int firstLine, int column, int blanksBefore, int maxLength, DiagnosticSink sink) {
    this.firstLine = firstLine;
    this.column = column;
    this.blanksBefore = blanksBefore;
    this.maxLength = maxLength;
    this.sink = sink;
  }

  void add(String line, int number) {
    lastLine = number;
    if (text.length() == 0) {
      text.append(line, 0, Math.min(line.length(), maxLength));
      if (line.length() > maxLength) {
        reportTooLarge(number);
      }
    } else if (text.length() + line.length() + 1 <= maxLength) {
      text.append(' ').append(line);
    } else {
      reportTooLarge(number);
    }
  }

  private void reportTooLarge(int number) {
    if (!tooLarge) {
      tooLarge = true;
      sink.report(
          Severity.ERROR,
          DiagnosticCode.ITEM_TOO_LARGE,
          number,
          1,
          "the paragraph starting at line "
              + firstLine
              + " is longer than maxItemLength ("
              + maxLength
              + " chars); its text from this line on was dropped");
    }
  }

  Block build() {
    return new Block(firstLine, lastLine, column, text.toString(), blanksBefore);
  }
}
