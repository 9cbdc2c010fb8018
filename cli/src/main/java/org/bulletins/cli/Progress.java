package org.bulletins.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place at most ten times a second. It draws nothing
 * unless it is enabled and the run is long (many files or much input), so pipes and CI logs never
 * see it.
 */
final class Progress implements AutoCloseable {

  private static final long LARGE_INPUT_BYTES = 8L * 1024 * 1024;
  private static final int MANY_FILES = 20;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean visible;
  private final long totalBytes;
  private final int totalFiles;
  private long doneBytes;
  private int doneFiles;
  private long lastDrawNanos;
  private boolean drawn;

  private Progress(PrintWriter err, boolean visible, long totalBytes, int totalFiles) {
    this.err = err;
    this.visible = visible;
    this.totalBytes = Math.max(1, totalBytes);
    this.totalFiles = totalFiles;
  }

  /**
   * A progress bar for a run over {@code totalFiles} files of {@code totalBytes} bytes.
   *
   * @param requested the user's --progress / --no-progress, or null for automatic
   */
  static Progress start(PrintWriter err, Boolean requested, long totalBytes, int totalFiles) {
    boolean longRun = totalBytes >= LARGE_INPUT_BYTES || totalFiles >= MANY_FILES;
    boolean automatic =
        longRun
            && "true".equals(System.getProperty("bulletins.stderr.tty"))
            && System.getenv("CI") == null;
    boolean visible = requested == null ? automatic : requested;
    return new Progress(err, visible, totalBytes, totalFiles);
  }

  /** Reports bytes read so far in the current file. */
  void readBytes(long bytesInCurrentFile, long bytesBeforeCurrentFile) {
    doneBytes = bytesBeforeCurrentFile + bytesInCurrentFile;
    draw(false);
  }

  /** Reports that one more file is done. */
  void fileDone(long bytesBeforeNextFile) {
    doneFiles++;
    doneBytes = bytesBeforeNextFile;
    draw(true);
  }

  private void draw(boolean force) {
    if (!visible) {
      return;
    }
    long now = System.nanoTime();
    if (!force && now - lastDrawNanos < 100_000_000L) {
      return;
    }
    lastDrawNanos = now;
    double share = Math.min(1.0, (double) doneBytes / totalBytes);
    int filled = (int) Math.round(share * WIDTH);
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3.0f%%  %d/%d files  %.1f MB",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            share * 100,
            doneFiles,
            totalFiles,
            doneBytes / 1e6));
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
