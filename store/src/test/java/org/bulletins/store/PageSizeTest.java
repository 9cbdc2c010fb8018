package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store is made with 16 KiB pages (fewer pages, frames and system calls per file written); a
 * store made with SQLite's 4 KiB pages keeps them. Both hold and give the same stories.
 */
class PageSizeTest {

  @TempDir Path dir;

  private final TestBulletins.Week week = TestBulletins.Week.of(new Random(7));

  @Test
  void aNewStoreHasSixteenKibPagesInWalMode() throws SQLException {
    Path db = dir.resolve("new.db");
    List<StoredStory> stories = week.storiesInOneOpen(db);
    assertThat(stories).isNotEmpty();
    assertThat(pragma(db, "page_size")).isEqualTo("16384");
    assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
  }

  @Test
  void anEmptyFileIsMadeAStoreWithSixteenKibPages() throws Exception {
    Path db = Files.createFile(dir.resolve("empty.db"));
    week.storiesInOneOpen(db);
    assertThat(pragma(db, "page_size")).isEqualTo("16384");
    assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
  }

  @Test
  void aStoreWithFourKibPagesKeepsThemAndGivesTheSameStories() throws SQLException {
    Path small = dir.resolve("small.db");
    // A database that SQLite made with its default pages and no table: what older code created.
    RawSql.execute(small, "PRAGMA page_size = 4096", "CREATE TABLE t(x)", "DROP TABLE t", "VACUUM");
    assertThat(pragma(small, "page_size")).isEqualTo("4096");
    try (BulletinStore store = BulletinStore.open(small)) {
      store.ingest("monday.txt", week.monday());
    }
    List<StoredStory> reopened;
    try (BulletinStore store = BulletinStore.open(small)) {
      store.ingest("tuesday.txt", week.tuesday());
      store.ingest("wednesday.txt", week.wednesday());
      reopened = store.stories(StoryQuery.all());
    }
    assertThat(pragma(small, "page_size")).isEqualTo("4096");
    assertThat(pragma(small, "journal_mode")).isEqualTo("wal");
    assertThat(reopened).isEqualTo(week.storiesInOneOpen(dir.resolve("large.db")));
  }

  private static String pragma(Path db, String name) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
