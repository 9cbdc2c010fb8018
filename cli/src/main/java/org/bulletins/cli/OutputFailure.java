package org.bulletins.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A write to standard output failed. It is unchecked so that it passes through {@link
 * java.io.PrintWriter}, which would otherwise swallow the {@link IOException} and let the command
 * go on writing into nothing; it stops the command at the first failed write.
 */
final class OutputFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Shared by the copies thrown by later writes, so the failure is reported once. */
  private final AtomicBoolean reported;

  OutputFailure(IOException cause) {
    this(cause, new AtomicBoolean());
  }

  private OutputFailure(IOException cause, AtomicBoolean reported) {
    super(cause.getMessage(), cause);
    this.reported = reported;
  }

  /**
   * The same failure, thrown again by a later write: a new instance, since try-with-resources adds
   * the exception of a close to the first one and an exception cannot suppress itself.
   */
  OutputFailure again() {
    return new OutputFailure((IOException) getCause(), reported);
  }

  /** Marks the failure reported; true if it was not before. */
  boolean report() {
    return reported.compareAndSet(false, true);
  }

  /** The output failure among an exception's causes, or null: Jackson wraps what it meets. */
  static OutputFailure in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutputFailure failure) {
        return failure;
      }
    }
    return null;
  }

  /**
   * Whether the reader of the output went away (EPIPE), as in {@code bulletins parse big.txt |
   * head}: not an error, the command just stops.
   */
  boolean isBrokenPipe() {
    String message = getCause().getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
  }

  /** The reason in words, such as {@code No space left on device}. */
  String reason() {
    return InputFiles.reason((IOException) getCause());
  }
}
