package org.bulletins.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a UTF-8 {@link PrintWriter} that also lends its byte stream, for a command
 * that writes text it has encoded already (on several cores) instead of passing every character
 * through this writer's one encoder.
 */
final class Utf8PrintWriter extends PrintWriter {

  private final OutputStream bytes;

  Utf8PrintWriter(OutputStream bytes) {
    super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    this.bytes = bytes;
  }

  /**
   * The stream under this writer, for UTF-8 bytes written in order with this writer's text.
   *
   * <p>Flushes the text written so far first. Whoever writes bytes must flush them before writing
   * text again.
   *
   * @return the byte stream
   */
  OutputStream bytes() {
    flush();
    return bytes;
  }
}
