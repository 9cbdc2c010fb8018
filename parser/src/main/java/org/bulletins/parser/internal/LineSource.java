package org.bulletins.parser.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Splits decoded input into lines at LF, CRLF or CR, enforcing the line and document limits.
 *
 * <p>A source reports problems (legacy encoding, a line or document over its limit) to its {@link
 * DiagnosticSink}; it never holds more than one line.
 */
public interface LineSource extends Closeable {

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the input (or where the document limit stopped it)
   * @throws IOException if reading fails
   */
  RawLine next() throws IOException;
}
