package org.bulletins.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that fails loudly: every failed write or flush throws {@link OutputFailure}, and
 * so does every later one, so that no command goes on after its output was lost (a full disk,
 * {@code /dev/full}, a closed pipe).
 */
final class CheckedOutputStream extends FilterOutputStream {

  private OutputFailure failure;

  CheckedOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    check();
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Flushes; the stream given is not closed, as standard output belongs to the caller. */
  @Override
  public void close() {
    flush();
  }

  private void check() {
    if (failure != null) {
      throw failure.again();
    }
  }

  private OutputFailure fail(IOException e) {
    failure = new OutputFailure(e);
    return failure;
  }
}
