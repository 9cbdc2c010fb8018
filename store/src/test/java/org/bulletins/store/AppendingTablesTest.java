package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.RawSql.count;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bulletins.store.internal.OlderLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 5: links and verdicts in rowid tables with unique indexes on their keys (a link's story by
 * its {@code seq}), so that a file appends its new rows and keeps its unchanged links; a store of
 * version 4 is read as it is and migrated by a writable open in one transaction.
 */
class AppendingTablesTest {

  private static final String LINK_COLUMNS =
      "SELECT group_concat(name) FROM pragma_table_info('links')";

  @TempDir Path dir;

  private final TestBulletins.Week week = TestBulletins.Week.of(new Random(11));

  private List<StoredStory> reference() {
    return week.storiesInOneOpen(dir.resolve("reference.db"));
  }

  private static long links(Path db) throws SQLException {
    return count(db, "SELECT count(*) FROM links");
  }

  @Test
  void aVersionFourStoreIsReadAsItIsAndMigratedWholeOrNotAtAll() throws SQLException {
    Path db = week.twoDays(dir.resolve("news.db"));
    List<StoredStory> before;
    StoryQuery search;
    List<StoredStory> searched;
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      before = store.stories(StoryQuery.all());
      search = StoryQuery.all().withSearch(TestBulletins.commonWord(before)).withOffset(1);
      searched = store.stories(search); // read at version 6
    }
    assertThat(searched).isNotEmpty();
    long links = links(db);
    long verdicts = count(db, "SELECT count(*) FROM verdicts");
    assertThat(links).isPositive();
    assertThat(verdicts).isPositive();
    OlderLinks.rewriteAsVersion4(db);
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(4);
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      assertThat(store.stories(StoryQuery.all())).isEqualTo(before); // read at its own version
      // and in chunks, whose links a version 4 store names by story id
      List<StoredStory> streamed = new ArrayList<>();
      store.forEachStory(StoryQuery.all(), streamed::add, 2);
      assertThat(streamed).isEqualTo(before);
      streamed.clear();
      store.forEachStory(search, streamed::add, 1);
      assertThat(streamed).isEqualTo(searched);
    }
    // A migration that fails half-way (here: its second table's name is taken) leaves version 4.
    RawSql.execute(db, "CREATE TABLE verdicts_v5(x)");
    assertThatThrownBy(() -> BulletinStore.open(db).close()).isInstanceOf(StoreException.class);
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(4);
    assertThat(count(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'links_v5'")).isZero();
    assertThat(links(db)).isEqualTo(links);
    RawSql.execute(db, "DROP TABLE verdicts_v5");
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
      assertThat(links(db)).isEqualTo(links);
      assertThat(count(db, "SELECT count(*) FROM verdicts")).isEqualTo(verdicts);
      assertThat(store.stories(StoryQuery.all())).isEqualTo(before);
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(store.restores()).isEqualTo(1); // the copied verdicts were used
      assertThat(store.stories(StoryQuery.all())).isEqualTo(reference());
    }
    assertThat(count(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check")).isEqualTo(1);
  }

  @Test
  void linksNameTheirStoryBySeqAndGoWithIt() throws SQLException {
    Path db = week.twoDays(dir.resolve("news.db"));
    assertThat(count(db, "SELECT instr((" + LINK_COLUMNS + "), 'story_seq') > 0")).isEqualTo(1);
    assertThat(count(db, "SELECT instr((" + LINK_COLUMNS + "), 'story_id') > 0")).isZero();
    // Tuesday again, with the harvest printed twice (one story with a link), then without it:
    // the story is removed, and its links with it.
    Random edits = new Random(12);
    byte[] twice =
        TestBulletins.bytes(
            week.harvest(), week.harvest().edited(edits), week.census(), week.flood());
    byte[] without = TestBulletins.bytes(week.census(), week.flood());
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("tuesday.txt", twice);
      long withHarvest = links(db);
      assertThat(withHarvest).isEqualTo(linksOf(store));
      store.ingest("tuesday.txt", without);
      assertThat(links(db)).isEqualTo(linksOf(store)).isLessThan(withHarvest);
    }
    assertThat(
            count(
                db, "SELECT count(*) FROM links WHERE story_seq NOT IN (SELECT seq FROM stories)"))
        .isZero();
  }

  /**
   * A copy that joins a stored story adds its links as new rows and leaves the story's other rows
   * as they were: rewriting them all dirtied every page that held a story that a file joined.
   */
  @Test
  void membersJoiningAStoryLeaveItsLinkRowsAsTheyWere() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", week.monday()); // the flood and a copy: one link
    }
    long monday = links(db);
    assertThat(monday).isPositive();
    RawSql.execute(
        db,
        "CREATE TABLE written(what TEXT)",
        "CREATE TRIGGER gone AFTER DELETE ON links BEGIN INSERT INTO written VALUES ('delete'); END",
        "CREATE TRIGGER new AFTER INSERT ON links BEGIN INSERT INTO written VALUES ('insert'); END");
    try (BulletinStore store = BulletinStore.open(db)) {
      // Copies of Monday's flood and census join their stories, after their members (by file
      // name): every stored link stays.
      store.ingest("tuesday.txt", week.tuesday());
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(store.stories(StoryQuery.all())).isEqualTo(reference());
      assertThat(links(db)).isEqualTo(linksOf(store)).isGreaterThan(monday);
    }
    assertThat(count(db, "SELECT count(*) FROM written WHERE what = 'delete'")).isZero();
    assertThat(count(db, "SELECT count(*) FROM written WHERE what = 'insert'"))
        .isEqualTo(links(db) - monday);
  }

  private static long linksOf(BulletinStore store) {
    return store.stories(StoryQuery.all()).stream().mapToLong(s -> s.story().links().size()).sum();
  }
}
