package org.bulletins.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import org.bulletins.store.StoreException;
import org.bulletins.store.StoreException.Reason;

/** Turns SQLite's errors into one-line {@link StoreException}s that name the file. */
public final class Failures {

  // SQLite's primary result codes (the low byte of an extended code).
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int READONLY = 8;
  private static final int IOERR = 10;
  private static final int CORRUPT = 11;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;
  private static final int NOTADB = 26;

  private Failures() {}

  /**
   * The exception for a failed statement.
   *
   * @param file the database file
   * @param e what SQLite said
   * @param writing true if the statement wrote
   * @return the exception to throw
   */
  public static StoreException of(Path file, SQLException e, boolean writing) {
    String said = e.getMessage() == null ? "unknown error" : e.getMessage().strip();
    int code = e.getErrorCode() & 0xff;
    Reason reason =
        switch (code) {
          case CORRUPT, NOTADB -> Reason.CORRUPT;
          case BUSY, LOCKED -> Reason.BUSY;
          case READONLY, IOERR, FULL, CANTOPEN ->
              writing ? Reason.WRITE_FAILED : Reason.READ_FAILED;
          default -> writing ? Reason.WRITE_FAILED : Reason.READ_FAILED;
        };
    String what =
        switch (reason) {
          case CORRUPT -> "damaged database";
          case BUSY -> "locked by another process for too long";
          case WRITE_FAILED -> "cannot write";
          default -> "cannot read";
        };
    return new StoreException(reason, file + ": " + what + " (" + oneLine(said) + ")", e);
  }

  /**
   * The failure of an ingest that could not read back a stored item it touched.
   *
   * @param file the database
   * @param e what the read-back threw
   * @return a damaged-database failure naming the item's row
   */
  public static StoreException unreadable(Path file, UnreadableItemException e) {
    String said = e.getMessage() == null ? "unknown error" : e.getMessage().strip();
    return new StoreException(
        Reason.CORRUPT, file + ": damaged database (" + oneLine(said) + ")", e);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
