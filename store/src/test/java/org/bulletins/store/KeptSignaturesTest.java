package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.store.RawSql.count;
import static org.bulletins.store.RawSql.execute;
import static org.bulletins.store.TestBulletins.bytes;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.store.internal.OlderLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup signatures kept per item (schema 2): reopening a store signs only new items, and a kept
 * signature that is missing, damaged or made under other options is signed again, never trusted;
 * the stories are those of a store that signed everything.
 */
class KeptSignaturesTest {

  @TempDir Path dir;

  private final Random random = new Random(11);
  private final TestBulletins.Story flood = TestBulletins.story(random, LocalDate.of(2026, 11, 2));
  private final TestBulletins.Story drought =
      TestBulletins.story(random, LocalDate.of(2026, 10, 20));
  private final TestBulletins.Story census = TestBulletins.story(random, LocalDate.of(2026, 9, 5));
  private final TestBulletins.Story harvest =
      TestBulletins.story(random, LocalDate.of(2026, 8, 14));
  private final byte[] monday = bytes(flood, drought, census);
  private final byte[] tuesday = bytes(flood.edited(random), harvest);
  private final byte[] wednesday = bytes(drought.edited(random));

  /** The stories of one store that ingested all three files in one process. */
  private List<StoredStory> reference(DedupEngine engine) {
    try (BulletinStore store = BulletinStore.open(dir.resolve("reference.db")).withEngine(engine)) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
      store.ingest("wednesday.txt", wednesday);
      assertThat(store.signedItems()).isEqualTo(6);
      return store.stories(StoryQuery.all());
    }
  }

  @Test
  void reopeningSignsOnlyTheNewItems() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
      assertThat(store.signedItems()).isEqualTo(3);
    }
    assertThat(count(db, "SELECT count(*) FROM signatures")).isEqualTo(3);
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("tuesday.txt", tuesday);
      assertThat(store.signedItems()).isEqualTo(2); // the three stored ones were read back
    }
    List<StoredStory> stories;
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", wednesday);
      assertThat(store.signedItems()).isEqualTo(1);
      stories = store.stories(StoryQuery.all());
    }
    assertThat(stories).isEqualTo(reference(DedupEngine.create()));
    assertThat(count(db, "SELECT count(*) FROM signatures")).isEqualTo(6);
  }

  @Test
  void replacingAFileDropsItsSignatures() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
      store.ingest("monday.txt", bytes(flood));
    }
    assertThat(count(db, "SELECT count(*) FROM signatures")).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM signatures g JOIN items i ON i.id = g.item_id"))
        .isEqualTo(1);
  }

  @Test
  void aVersionOneStoreMigratesAndIsSignedOnce() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
    }
    // What schema 1 was: the same tables without signatures (nor schema 3's tables).
    OlderLinks.rewriteAsVersion4(db);
    execute(
        db,
        "DROP TABLE signatures",
        "DROP TABLE verdicts",
        "DROP TABLE index_state",
        "PRAGMA user_version = 1");
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      assertThat(store.itemCount()).isEqualTo(3); // read as it is, without migrating
    }
    assertThat(count(db, "PRAGMA user_version")).isEqualTo(1);
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
      assertThat(count(db, "SELECT count(*) FROM signatures")).isZero();
      assertThat(store.itemCount()).isEqualTo(3);
      store.ingest("tuesday.txt", tuesday);
      assertThat(store.signedItems()).isEqualTo(5); // the stored items once, then the new ones
    }
    assertThat(count(db, "SELECT count(*) FROM signatures")).isEqualTo(5);
    List<StoredStory> stories;
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", wednesday);
      assertThat(store.signedItems()).isEqualTo(1);
      stories = store.stories(StoryQuery.all());
    }
    assertThat(stories).isEqualTo(reference(DedupEngine.create()));
  }

  @Test
  void signaturesOfOtherOptionsAreSignedAgain() {
    DedupEngine other =
        DedupEngine.of(DedupOptions.builder().shingleSize(2).hashSeed(12345L).build());
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
    }
    List<StoredStory> stories;
    try (BulletinStore store = BulletinStore.open(db).withEngine(other)) {
      store.ingest("wednesday.txt", wednesday);
      assertThat(store.signedItems()).isEqualTo(6); // none of the kept five was trusted
      stories = store.stories(StoryQuery.all());
    }
    // The same grouping as a store that used the other options throughout (the links of stories
    // that Wednesday did not touch stay as the default options wrote them).
    assertThat(stories.stream().map(s -> s.story().members()).toList())
        .isEqualTo(reference(other).stream().map(s -> s.story().members()).toList());
    try (BulletinStore store = BulletinStore.open(db).withEngine(other)) {
      store.ingest("thursday.txt", bytes(harvest));
      assertThat(store.signedItems()).isEqualTo(1); // written back under the other options
    }
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("friday.txt", bytes(census));
      assertThat(store.signedItems()).isEqualTo(8); // and not trusted by the default options
    }
  }

  @Test
  void damagedSignaturesAreSignedAgainWithoutACrash() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
      store.ingest("tuesday.txt", tuesday);
    }
    execute(
        db,
        // too short
        "UPDATE signatures SET blob = substr(blob, 1, 20) WHERE item_id = 1",
        // the right length, other bytes
        "UPDATE signatures SET blob = zeroblob(length(blob)) WHERE item_id = 2",
        // one byte changed inside
        "UPDATE signatures SET blob = substr(blob, 1, 40) || x'ff' || substr(blob, 42)"
            + " WHERE item_id = 3",
        // not a blob at all
        "UPDATE signatures SET blob = 'x' WHERE item_id = 4");
    List<StoredStory> stories;
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", wednesday);
      assertThat(store.signedItems()).isEqualTo(5); // four damaged, one new
      assertThat(store.restores()).isEqualTo(1); // the rest of the kept state was used
      stories = store.stories(StoryQuery.all());
    }
    assertThat(stories).isEqualTo(reference(DedupEngine.create()));
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("thursday.txt", bytes(harvest));
      assertThat(store.signedItems()).isEqualTo(1); // the damaged ones were written back
    }
  }
}
