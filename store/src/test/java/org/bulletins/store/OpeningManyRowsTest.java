package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.RawSql.count;
import static org.bulletins.store.RawSql.execute;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store whose items span several of the chunks that opening reads, decodes and walks on
 * different threads: the restored index gives the stories of a store that never closed (the chunks
 * reach the index in order), and a row that cannot be decoded in a late chunk fails the ingest with
 * a damaged database naming the row and the decoder's error, leaving the store as it was. Opening
 * reads no item's text: a damaged text fails an ingest only when the item is read back (its
 * signature is damaged too, or the file touches it).
 */
class OpeningManyRowsTest {

  @TempDir Path dir;

  private final Random random = new Random(18);
  private final byte[] first;
  private final byte[] second;

  OpeningManyRowsTest() {
    // Monday: 1,467 items, two chunks of 1,024 on reopening; near copies within and across files.
    List<TestBulletins.Story> stories = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      stories.add(TestBulletins.story(random, LocalDate.of(2026, 10, 1).plusDays(i % 40)));
    }
    List<TestBulletins.Story> monday = new ArrayList<>(stories);
    for (int i = 0; i < 1100; i += 3) {
      monday.add(stories.get(i).edited(random));
    }
    List<TestBulletins.Story> tuesday = new ArrayList<>();
    for (int i = 0; i < 1100; i += 5) {
      tuesday.add(stories.get(i).edited(random));
      tuesday.add(TestBulletins.story(random, LocalDate.of(2026, 11, 15)));
    }
    first = TestBulletins.file(monday).getBytes(StandardCharsets.UTF_8);
    second = TestBulletins.file(tuesday).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aReopenedStoreOfSeveralChunksHasTheStoriesOfOneThatNeverClosed() throws Exception {
    List<StoredStory> reference;
    try (BulletinStore store = BulletinStore.open(dir.resolve("reference.db"))) {
      store.ingest("monday.txt", first);
      store.ingest("tuesday.txt", second);
      reference = store.stories(StoryQuery.all());
    }
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", first);
    }
    assertThat(count(db, "SELECT count(*) FROM items")).isGreaterThan(1024);
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("tuesday.txt", second);
      assertThat(store.restores()).isEqualTo(1);
      assertThat(store.stories(StoryQuery.all())).isEqualTo(reference);
    }
  }

  @Test
  void anUndecodableRowInALateChunkFailsTheIngestAndChangesNothing() throws Exception {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", first);
    }
    long last = count(db, "SELECT max(id) FROM items");
    // A damaged signature is signed again while the rows are walked: from the damaged text.
    execute(db, "UPDATE items SET paragraphs = '[\"cut' WHERE id = " + last);
    execute(db, "UPDATE signatures SET blob = x'00' WHERE item_id = " + last);
    assertIngestFailsAndChangesNothing(db);
  }

  @Test
  void aDamagedTextIsFoundWhenTheFileTouchesItsItem() throws Exception {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", first);
    }
    // The first item is the first story's, which Tuesday's file has a rewrite of: verifying the
    // pair reads the stored item back.
    long firstRow = count(db, "SELECT min(id) FROM items");
    execute(db, "UPDATE items SET paragraphs = '[\"cut' WHERE id = " + firstRow);
    assertIngestFailsAndChangesNothing(db);
  }

  @Test
  void aDamagedTextThatNoFileTouchesIsNeverRead() throws Exception {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", first);
    }
    long last = count(db, "SELECT max(id) FROM items");
    execute(db, "UPDATE items SET paragraphs = '[\"cut' WHERE id = " + last);
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("empty.txt", new byte[0]);
      assertThat(store.restores()).isEqualTo(1);
    }
    assertThat(count(db, "SELECT count(*) FROM sources WHERE name = 'empty.txt'")).isEqualTo(1);
  }

  private void assertIngestFailsAndChangesNothing(Path db) throws Exception {
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThatThrownBy(() -> store.ingest("tuesday.txt", second))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPT))
          .hasMessageStartingWith(db + ": damaged database (stored item ")
          .hasMessageContaining("damaged JSON column")
          .hasMessageNotContaining("Exception");
    }
    assertThat(count(db, "SELECT count(*) FROM sources WHERE name = 'tuesday.txt'")).isZero();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet ok = s.executeQuery("PRAGMA integrity_check")) {
      assertThat(ok.next()).isTrue();
      assertThat(ok.getString(1)).isEqualTo("ok");
    }
  }
}
