package org.bulletins.dedup;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when a file cannot be read or written as a {@link DedupIndex}: unreadable, corrupt,
 * foreign, or written by a newer version. The message always names the file.
 *
 * <pre>{@code
 * try {
 *   DedupIndex index = DedupIndex.load(Path.of("stories.idx.json"));
 * } catch (DedupIndexException e) {
 *   System.err.println(e.getMessage()); // "stories.idx.json: not a bulletins dedup index ..."
 *   e.file();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DedupIndexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * Creates the exception.
   *
   * @param file the file concerned
   * @param problem what is wrong with it
   * @param cause the underlying error, or null
   */
  public DedupIndexException(Path file, String problem, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + ": " + problem, cause);
    this.file = file;
  }

  /**
   * The file concerned.
   *
   * @return the path as given
   */
  public Path file() {
    return file;
  }
}
