package org.bulletins.store;

import java.util.Objects;

/**
 * A store that cannot be opened, read or written. The message is one line that names the file and
 * says what is wrong; {@link #reason()} tells the kinds apart.
 *
 * <pre>{@code
 * try (BulletinStore store = BulletinStore.openReadOnly(path)) {
 *   ...
 * } catch (StoreException e) {
 *   System.err.println(e.getMessage()); // news.db: not a SQLite database
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** The file does not exist (opening for reading only). */
    NOT_FOUND,
    /** The file is not a SQLite database, or a SQLite database of another program. */
    NOT_A_STORE,
    /** The file was written by a newer version of the store (a higher schema version). */
    NEWER_SCHEMA,
    /** SQLite found the database damaged. */
    CORRUPT,
    /** Another process held the database locked for longer than the busy timeout. */
    BUSY,
    /** The database could not be written (disk full, read-only file, I/O error). */
    WRITE_FAILED,
    /** The database could not be read. */
    READ_FAILED
  }

  /** What went wrong. */
  private final Reason reason;

  /**
   * A failure.
   *
   * @param reason what went wrong
   * @param message one line naming the file
   * @param cause the underlying exception, or null
   */
  public StoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * What went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
