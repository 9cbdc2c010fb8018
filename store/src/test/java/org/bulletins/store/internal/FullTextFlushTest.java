package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.store.internal.TestPages.bulletins;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.store.BulletinStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text writer flushes FTS5's pending terms itself, beside the index's add: by the time the
 * ingesting thread has waited for it, the file's full-text segment is written, and the commit has
 * none of it left to write.
 */
class FullTextFlushTest {

  @TempDir Path dir;

  @AfterEach
  void noHook() {
    PhaseClock.onLap(null);
  }

  @Test
  void theFileSegmentIsWrittenBeforeTheCommit() throws Exception {
    Path file = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(file)) {
      store.ingest("monday.txt", bulletins("2026-11-23", "Harbour cranes", "Night ferry"));
    }
    Connection db = Database.open(file, false);
    try {
      Ingester ingester = new Ingester(db, DedupEngine.create());
      long before = fullTextRows(db);
      AtomicLong afterWriter = new AtomicLong(-1);
      PhaseClock.onLap(
          name -> {
            if (name.equals("wait text rows")) {
              afterWriter.set(fullTextRows(db));
            }
          });
      ingester.ingest(
          "tuesday.txt", bulletins("2026-11-24", "Market hall", "School roof", "Bridge repair"));
      PhaseClock.onLap(null);
      long committed = fullTextRows(db);

      assertThat(committed).isGreaterThan(before); // the file made a segment
      assertThat(afterWriter.get()).isEqualTo(committed); // written before the commit
    } finally {
      Database.closeQuietly(db);
    }
  }

  private static long fullTextRows(Connection db) {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM items_fts_data")) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
