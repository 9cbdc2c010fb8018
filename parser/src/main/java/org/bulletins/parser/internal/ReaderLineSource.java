package org.bulletins.parser.internal;

import java.io.IOException;
import java.io.Reader;

/** Splits the chars of a {@link Reader} into lines, keeping at most one line in memory. */
public final class ReaderLineSource implements LineSource {

  private final Reader reader;
  private final LineLimits limits;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private int number;
  private boolean ended;

  /**
   * Creates the source.
   *
   * @param reader the chars
   * @param maxLineLength longest line kept
   * @param maxDocumentLength most chars read
   * @param sink where limits are reported
   */
  public ReaderLineSource(
      Reader reader, int maxLineLength, long maxDocumentLength, DiagnosticSink sink) {
    this.reader = reader;
    this.limits = new LineLimits(maxLineLength, maxDocumentLength, sink);
  }

  @Override
  public RawLine next() throws IOException {
    if (ended) {
      return null;
    }
    line.setLength(0);
    long length = 0;
    boolean terminated = false;
    while (true) {
      int c = read();
      if (c < 0) {
        break;
      }
      length++;
      if (c == '\n') {
        terminated = true;
        break;
      }
      if (c == '\r') {
        terminated = true;
        if (peek() == '\n') {
          read();
          length++;
        }
        break;
      }
      if (line.length() <= limits.maxLineLength()) {
        line.append((char) c);
      }
    }
    if (!terminated && length == 0) {
      ended = true;
      return null;
    }
    number = number == Integer.MAX_VALUE ? number : number + 1; // saturate: spans stay valid
    if (!limits.admit(number, length)) {
      ended = true;
      return null;
    }
    return new RawLine(number, limits.cut(number, line.toString(), false));
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = reader.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
