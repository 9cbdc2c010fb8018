package org.bulletins.cli;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Function;

/**
 * The process's standard output when it is a regular file, written at given positions from several
 * threads at once, so that the kernel's copies into the file run on every core: a million items'
 * {@code dedup} report is 1.7 GB, and copying it from one thread took a core's time while the other
 * waited.
 *
 * <p>The file is opened again through {@code /proc/self/fd/1} (Linux): a description of its own, in
 * which a write goes where it is told even when the shell opened standard output to append ({@code
 * >>}, where Linux would append every positional write). The report starts where standard output
 * stands and standard output is moved past it at the end, so text written before and after lands as
 * it would. Not used when standard error is the same file ({@code 2>&1}): a message written during
 * the report would land at standard output's old position, over the report.
 */
final class StdoutFile implements Closeable {

  private static final Path STDOUT = Path.of("/proc/self/fd/1");
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private final FileChannel stdout;
  private final FileChannel file;
  private final Function<IOException, OutputFailure> failure;

  private StdoutFile(
      FileChannel stdout, FileChannel file, Function<IOException, OutputFailure> failure) {
    this.stdout = stdout;
    this.file = file;
    this.failure = failure;
  }

  /**
   * Standard output's file, if {@code stream} is the process's standard output and that is a
   * regular file of its own (not standard error's too), on a system that can open it again.
   *
   * @param stream the stream a command writes its output to
   * @param failure what a failed write throws (the checked stream's failure, so that later writes
   *     fail too)
   * @return the file, or empty where the output is written as a stream
   */
  static Optional<StdoutFile> open(
      OutputStream stream, Function<IOException, OutputFailure> failure) {
    try {
      if (!(stream instanceof FileOutputStream out)
          || out.getFD() != FileDescriptor.out
          || !Files.isRegularFile(STDOUT)
          || (Files.exists(STDERR) && Files.isSameFile(STDOUT, STDERR))) {
        return Optional.empty();
      }
      FileChannel file = FileChannel.open(STDOUT, StandardOpenOption.WRITE);
      return Optional.of(new StdoutFile(out.getChannel(), file, failure));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty(); // written as a stream, as everywhere else
    }
  }

  /**
   * A file written as standard output would be, for tests: {@code position} is where the report
   * starts and is moved to its end, {@code file} takes the writes at positions.
   *
   * @param position a channel whose position stands for standard output's
   * @param file a channel of the same file, opened for writing without appending
   * @param failure what a failed write throws
   * @return the file
   */
  static StdoutFile of(
      FileChannel position, FileChannel file, Function<IOException, OutputFailure> failure) {
    return new StdoutFile(position, file, failure);
  }

  /**
   * Where standard output's next byte goes (its end when it appends).
   *
   * @return the position
   */
  long position() {
    try {
      return stdout.position();
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  /**
   * Writes all of {@code bytes} at {@code position}; thread-safe.
   *
   * @param bytes the bytes, from their position to their limit
   * @param position where the first goes
   */
  void write(ByteBuffer bytes, long position) {
    long at = position;
    try {
      while (bytes.hasRemaining()) {
        at += file.write(bytes, at);
      }
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  /**
   * Moves standard output to {@code position}, past what was written at positions.
   *
   * @param position the position after the last byte written
   */
  void moveTo(long position) {
    try {
      stdout.position(position);
    } catch (IOException e) {
      throw failure.apply(e);
    }
  }

  /** Closes the second description; standard output stays open. */
  @Override
  public void close() throws IOException {
    file.close();
  }
}
