package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.RawSql.count;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bulletins.store.internal.OlderItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 6: an item names its story by the story's {@code seq}, so that opening a store reads no
 * story id; a store of version 5 is read as it is and migrated by a writable open in one
 * transaction, and every read (stories, pages, searches, one story, the items) gives what it gave.
 */
class ItemsBySeqTest {

  private static final String ITEM_COLUMNS =
      "SELECT group_concat(name) FROM pragma_table_info('items')";

  @TempDir Path dir;

  private final TestBulletins.Week week = TestBulletins.Week.of(new Random(21));

  /**
   * Everything a reader sees: every story (at once and in chunks), a dated range, a search, a page,
   * one story, items.
   */
  private static List<Object> reads(Path db) {
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      List<Object> out = new ArrayList<>();
      List<StoredStory> all = store.stories(StoryQuery.all());
      out.add(all);
      String word = TestBulletins.commonWord(all);
      assertThat(store.stories(StoryQuery.all().withSearch(word))).hasSizeGreaterThan(1);
      for (StoryQuery query :
          List.of(
              StoryQuery.all(),
              StoryQuery.all().withSince(LocalDate.of(2026, 11, 2)),
              StoryQuery.all().withSearch(word).withOffset(1),
              StoryQuery.all().withOffset(1).withLimit(3))) {
        List<StoredStory> streamed = new ArrayList<>();
        store.forEachStory(query, streamed::add, 2);
        assertThat(streamed).as("%s in chunks of 2", query).isEqualTo(store.stories(query));
        out.add(streamed); // and as the other versions read it
      }
      out.add(store.stories(StoryQuery.all().withSince(LocalDate.of(2026, 11, 2))));
      out.add(store.stories(StoryQuery.all().withSearch(word)));
      out.add(store.page(StoryQuery.all().withLimit(2).withOffset(1)));
      out.add(store.story(all.get(all.size() - 1).storyId()));
      List<StoredItem> items = new ArrayList<>();
      store.forEachItem(items::add);
      out.add(items);
      return out;
    }
  }

  @Test
  void aVersionFiveStoreIsReadAsItIsAndMigratedWholeOrNotAtAll() throws SQLException {
    Path db = week.twoDays(dir.resolve("news.db"));
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
    List<Object> before = reads(db);
    long items = count(db, "SELECT count(*) FROM items");
    OlderItems.rewriteAsVersion5(db);
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(5);
    assertThat(count(db, "SELECT instr((" + ITEM_COLUMNS + "), 'story_id') > 0")).isEqualTo(1);
    assertThat(reads(db)).isEqualTo(before); // read at its own version
    // A migration that fails half-way (here: its table's name is taken) leaves version 5.
    RawSql.execute(db, "CREATE TABLE items_v6(x)");
    assertThatThrownBy(() -> BulletinStore.open(db).close()).isInstanceOf(StoreException.class);
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(5);
    assertThat(count(db, "SELECT instr((" + ITEM_COLUMNS + "), 'story_id') > 0")).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(items);
    RawSql.execute(db, "DROP TABLE items_v6");
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
    }
    assertThat(count(db, "SELECT instr((" + ITEM_COLUMNS + "), 'story_seq') > 0")).isEqualTo(1);
    assertThat(count(db, "SELECT instr((" + ITEM_COLUMNS + "), 'story_id') > 0")).isZero();
    assertThat(count(db, "SELECT count(*) FROM items")).isEqualTo(items);
    assertThat(reads(db)).isEqualTo(before);
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(store.restores()).isEqualTo(1); // the migrated store restored, not rebuilt
      assertThat(store.stories(StoryQuery.all()))
          .isEqualTo(week.storiesInOneOpen(dir.resolve("reference.db")));
    }
    assertThat(count(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check")).isEqualTo(1);
  }

  @Test
  void everyItemNamesTheSeqOfAStoredStory() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      week.ingestAll(store);
      // Tuesday again without the harvest: a story goes, its items with it.
      store.ingest("tuesday.txt", TestBulletins.bytes(week.census(), week.flood()));
    }
    assertThat(count(db, "SELECT count(*) FROM items")).isPositive();
    assertThat(
            count(
                db,
                "SELECT count(*) FROM items WHERE story_seq IS NULL"
                    + " OR story_seq NOT IN (SELECT seq FROM stories)"))
        .isZero();
    assertThat(
            count(
                db,
                "SELECT count(*) FROM stories s WHERE members !="
                    + " (SELECT count(*) FROM items WHERE story_seq = s.seq)"))
        .isZero();
  }
}
