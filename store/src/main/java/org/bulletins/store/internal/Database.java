package org.bulletins.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.bulletins.store.StoreException;
import org.bulletins.store.StoreException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * Opens a store's SQLite file after checking that it is one: a SQLite header, the store's
 * application id and a schema version this code knows. Writers use WAL mode (readers go on reading
 * while a file is ingested), {@code synchronous=FULL} and immediate transactions; everybody waits
 * up to {@link #BUSY_TIMEOUT_MS} for a lock.
 */
public final class Database {

  /** How long a connection waits for another one's lock. */
  public static final int BUSY_TIMEOUT_MS = 30_000;

  /** A writer's page cache, in KiB (SQLite reads a negative cache size as KiB). */
  static final int WRITER_CACHE_KIB = -256 * 1024;

  /**
   * A reader's page cache, in KiB: a whole listing reads its stories' rows in date order, scattered
   * over the file, and with SQLite's default 2 MiB each row costs the kernel a read of its pages.
   */
  static final int READER_CACHE_KIB = -64 * 1024;

  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Database() {}

  /**
   * Opens a store.
   *
   * @param file the database file
   * @param readOnly true to only read: the file must exist and is never changed
   * @return a connection in auto-commit mode, schema at {@link Schema#VERSION}
   * @throws StoreException naming the file if it is not a store, newer, damaged or unreadable
   */
  public static Connection open(Path file, boolean readOnly) {
    checkFile(file, readOnly);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      // A file's transaction changes far more pages than SQLite's default 2 MiB cache holds: the
      // pages it spills to the WAL before the commit are written again each time they change
      // (index pages of random keys change many times), and the checkpoint copies every frame.
      config.setCacheSize(WRITER_CACHE_KIB);
    } else {
      config.setCacheSize(READER_CACHE_KIB);
    }
    Connection connection = null;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file);
      Schema.State state = Schema.state(connection);
      if (state.version() > Schema.VERSION) {
        throw new StoreException(
            Reason.NEWER_SCHEMA,
            file
                + ": written by a newer version of bulletins (store schema "
                + state.version()
                + ", this version reads up to "
                + Schema.VERSION
                + ")",
            null);
      }
      if (!state.empty() && state.applicationId() != Schema.APPLICATION_ID) {
        throw new StoreException(
            Reason.NOT_A_STORE, file + ": a SQLite database, but not a bulletins store", null);
      }
      // Every version reads as the current one: versions 2 and 3 only add what ingesting uses, and
      // version 4's empty story columns are read beside version 3's JSON (DerivedColumns).
      if (readOnly && state.version() < 1) {
        throw new StoreException(
            Reason.NOT_A_STORE, file + ": an empty database, not a bulletins store", null);
      }
      if (!readOnly) {
        Schema.migrate(connection, state.version());
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw Failures.of(file, e, !readOnly);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** The cheap checks that give a clear message before SQLite sees the file. */
  private static void checkFile(Path file, boolean readOnly) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      if (readOnly) {
        throw new StoreException(Reason.NOT_FOUND, file + ": no such store", null);
      }
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(Reason.NOT_A_STORE, file + ": not a regular file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEADER.length);
      if (head.length > 0 && !Arrays.equals(head, HEADER)) {
        throw new StoreException(Reason.NOT_A_STORE, file + ": not a SQLite database", null);
      }
      if (head.length == 0 && readOnly) {
        throw new StoreException(
            Reason.NOT_A_STORE, file + ": an empty file, not a bulletins store", null);
      }
    } catch (IOException e) {
      throw new StoreException(Reason.READ_FAILED, file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Closes a connection that failed to open properly; the first failure is the one reported. */
  public static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the failure being reported matters more
      }
    }
  }
}
