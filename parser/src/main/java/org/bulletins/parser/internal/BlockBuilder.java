package org.bulletins.parser.internal;

import java.util.List;
import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Joins the lines of one {@link Block}, within the item size limit, and tells when its first line
 * is a title set right above its paragraph with no blank line between ({@link
 * TitleRule#isTitleAbove}).
 */
final class BlockBuilder {

  private final int firstLine;
  private final int column;
  private final int blanksBefore;
  private final int maxLength;
  private final DiagnosticSink sink;
  private final StringBuilder text = new StringBuilder();
  private int lastLine;
  private boolean tooLarge;

  /** The first line's length in {@link #text}, -1 until a second line comes. */
  private int firstLineEnd = -1;

  private int secondLine;
  private int secondColumn;
  private int secondFirstWord;
  private int longestLaterLine;

  BlockBuilder(int firstLine, int column, int blanksBefore, int maxLength, DiagnosticSink sink) {
    this.firstLine = firstLine;
    this.column = column;
    this.blanksBefore = blanksBefore;
    this.maxLength = maxLength;
    this.sink = sink;
  }

  void add(String line, int number, int lineColumn) {
    lastLine = number;
    if (number > firstLine) {
      if (firstLineEnd < 0) {
        firstLineEnd = text.length();
        secondLine = number;
        secondColumn = lineColumn;
        secondFirstWord = firstWordLength(line);
      }
      longestLaterLine = Math.max(longestLaterLine, line.length());
    }
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

  /**
   * The block; or, when it may open with a title and its first line is a title right above the
   * lines under it, that line and the rest as two blocks, the rest with no blank line before it.
   *
   * @param mayOpenWithTitle false when the block is already the body of a title above it
   */
  List<Block> build(boolean mayOpenWithTitle) {
    String joined = text.toString();
    if (mayOpenWithTitle && firstLineEnd > 0 && firstLineEnd + 1 < joined.length()) {
      String title = joined.substring(0, firstLineEnd);
      String rest = joined.substring(firstLineEnd + 1);
      if (TitleRule.isTitleAbove(title, rest, secondFirstWord, longestLaterLine)) {
        return List.of(
            new Block(firstLine, firstLine, column, title, blanksBefore),
            new Block(secondLine, lastLine, secondColumn, rest, 0));
      }
    }
    return List.of(new Block(firstLine, lastLine, column, joined, blanksBefore));
  }

  private static int firstWordLength(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line.length() : space;
  }
}
