package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.store.RawSql.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bulletins.store.internal.OlderStoryColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 4: a story row leaves its merged item, field sources and title variants empty when its
 * members give them back; the stories read are those of a store that wrote every column, and a
 * store of schema 3 (every column as JSON) is read, migrated and ingested into as before.
 */
class DerivedStoryColumnsTest {

  @TempDir Path dir;

  private final TestBulletins.Week week = TestBulletins.Week.of(new Random(11));

  /** The stories of a store that ingested the three files in one process. */
  private List<StoredStory> reference() {
    return week.storiesInOneOpen(dir.resolve("reference.db"));
  }

  private Path twoDays() {
    return week.twoDays(dir.resolve("news.db"));
  }

  private static List<StoredStory> stories(BulletinStore store) {
    return store.stories(StoryQuery.all());
  }

  @Test
  void storyRowsLeaveWhatTheirMembersGiveEmpty() throws SQLException {
    Path db = twoDays();
    long stories = count(db, "SELECT count(*) FROM stories");
    assertThat(count(db, "SELECT count(*) FROM stories WHERE members > 1")).isPositive();
    assertThat(count(db, "SELECT count(*) FROM stories WHERE merged = ''")).isEqualTo(stories);
    assertThat(count(db, "SELECT count(*) FROM stories WHERE title_variants = ''"))
        .isEqualTo(stories);
    assertThat(count(db, "SELECT count(*) FROM stories WHERE members = 1 AND field_sources = ''"))
        .isEqualTo(count(db, "SELECT count(*) FROM stories WHERE members = 1"));
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(stories(store)).isEqualTo(reference());
    }
  }

  @Test
  void aDamagedContentIdColumnIsComputedFromTheStoryInstead() throws SQLException {
    Path db = dir.resolve("news.db");
    List<StoredStory> stored;
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", week.monday());
      stored = store.stories(StoryQuery.all());
    }
    assertThat(stored).allSatisfy(s -> assertThat(s.contentId()).isEqualTo(s.story().computeId()));
    RawSql.execute(db, "UPDATE stories SET content_id = 'not an id'");
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      assertThat(store.stories(StoryQuery.all())).isEqualTo(stored);
    }
  }

  @Test
  void storedMembersThatKeepTheirStoryAndPlaceAreNotWrittenAgain() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", week.monday());
    }
    RawSql.execute(
        db,
        "CREATE TABLE updated(same INTEGER)",
        "CREATE TRIGGER log AFTER UPDATE OF story_seq, member_index ON items BEGIN INSERT INTO"
            + " updated VALUES (old.story_seq IS new.story_seq AND old.member_index IS"
            + " new.member_index); END");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("tuesday.txt", week.tuesday()); // copies of Monday's flood and census join them
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(stories(store)).isEqualTo(reference());
    }
    assertThat(count(db, "SELECT count(*) FROM updated WHERE same")).isZero();
  }

  @Test
  void aVersionThreeStoreIsReadMigratedAndIngestedInto() throws SQLException {
    Path db = twoDays();
    List<StoredStory> before;
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      before = stories(store);
    }
    assertThat(OlderStoryColumns.rewriteAsVersion3(db, before)).isEqualTo(before.size());
    assertThat(count(db, "SELECT count(*) FROM stories WHERE merged = ''")).isZero();
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(3);
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      assertThat(stories(store)).isEqualTo(before); // read at its own version
    }
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(3);
    String contentIndex = "SELECT count(*) FROM sqlite_schema WHERE name = 'items_by_content'";
    RawSql.execute(db, "CREATE INDEX items_by_content ON items(content_id)"); // as version 3 had
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
      assertThat(count(db, contentIndex)).isZero();
      assertThat(stories(store)).isEqualTo(before);
      store.ingest("wednesday.txt", week.wednesday());
      assertThat(stories(store)).isEqualTo(reference());
    }
    // The stories Wednesday wrote are in the new form, the others kept their JSON.
    assertThat(count(db, "SELECT count(*) FROM stories WHERE merged = ''")).isPositive();
    assertThat(count(db, "SELECT count(*) FROM stories WHERE merged <> ''")).isPositive();
  }

  /**
   * A file ingested again with other items takes members out of stories and adds others: the
   * stories then read from a store whose rows leave columns to the members are those of the same
   * store that started with every row's columns as JSON (schema 3), where a story whose members
   * changed without its row being written again would keep its old merged item.
   */
  @Test
  void aReplacedFileGivesTheStoriesOfAStoreWhoseRowsHoldTheirJson() throws Exception {
    Path derived = twoDays();
    Path json = dir.resolve("json.db");
    Files.copy(derived, json);
    List<StoredStory> before;
    try (BulletinStore store = BulletinStore.openReadOnly(json)) {
      before = stories(store);
    }
    OlderStoryColumns.rewriteAsVersion3(json, before);
    Random edits = new Random(12);
    byte[] tuesdayAgain =
        TestBulletins.bytes(week.harvest(), week.drought().edited(edits), week.flood());
    List<List<StoredStory>> after = new ArrayList<>();
    for (Path db : List.of(derived, json)) {
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("tuesday.txt", tuesdayAgain);
        store.ingest("wednesday.txt", week.wednesday());
        after.add(stories(store));
      }
    }
    assertThat(after.get(0)).isNotEqualTo(before).isEqualTo(after.get(1));
    assertThat(count(derived, "SELECT count(*) FROM stories WHERE merged = ''")).isPositive();
    // Today a replaced file rebuilds the index and writes every story row again (the JSON store
    // keeps none of its JSON): an ingest that wrote only the stories it touched would be checked
    // by the comparison above.
    assertThat(count(json, "SELECT count(*) FROM stories WHERE merged <> ''")).isZero();
  }
}
