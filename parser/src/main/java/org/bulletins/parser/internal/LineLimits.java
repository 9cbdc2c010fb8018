package org.bulletins.parser.internal;

import org.bulletins.model.DiagnosticCode;
import org.bulletins.model.Severity;

/**
 * Enforces the line and document length limits for a {@link LineSource}, reporting each excess
 * once.
 */
final class LineLimits {

  private final int maxLineLength;
  private final long maxDocumentLength;
  private final DiagnosticSink sink;
  private long documentLength;

  /**
   * Creates the limits.
   *
   * @param maxLineLength longest line kept, in chars
   * @param maxDocumentLength most chars read, or {@link Long#MAX_VALUE} for no limit
   * @param sink where excesses are reported
   */
  LineLimits(int maxLineLength, long maxDocumentLength, DiagnosticSink sink) {
    this.maxLineLength = maxLineLength;
    this.maxDocumentLength = maxDocumentLength;
    this.sink = sink;
  }

  int maxLineLength() {
    return maxLineLength;
  }

  /**
   * Cuts a line to the limit, reporting {@code line.too-long}.
   *
   * @param number the line number
   * @param text the decoded line
   * @param longerThanRead true if the source already dropped part of the line
   * @return the kept text
   */
  String cut(int number, String text, boolean longerThanRead) {
    if (text.length() <= maxLineLength && !longerThanRead) {
      return text;
    }
    int end = Math.min(text.length(), maxLineLength);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    sink.report(
        Severity.ERROR,
        DiagnosticCode.LINE_TOO_LONG,
        number,
        maxLineLength + 1,
        "the line is longer than maxLineLength ("
            + maxLineLength
            + " chars); the rest of the line was dropped");
    return text.substring(0, end);
  }

  /**
   * Counts a line against the document limit.
   *
   * @param number the line number
   * @param length the line's length in chars, with its terminator
   * @return false if the line goes over the limit and reading must stop (reported as {@code
   *     document.too-large})
   */
  boolean admit(int number, long length) {
    documentLength += length;
    if (documentLength <= maxDocumentLength) {
      return true;
    }
    sink.report(
        Severity.ERROR,
        DiagnosticCode.DOCUMENT_TOO_LARGE,
        number,
        1,
        "the document is longer than maxDocumentLength ("
            + maxDocumentLength
            + " chars); reading stopped here and this line and the rest were not read");
    return false;
  }
}
