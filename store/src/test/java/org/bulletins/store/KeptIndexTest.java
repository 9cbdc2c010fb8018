package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bulletins.store.RawSql.count;
import static org.bulletins.store.RawSql.execute;
import static org.bulletins.store.TestBulletins.bytes;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.store.internal.OlderKeptState;
import org.bulletins.store.internal.OlderLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What schema 3 keeps besides the signatures (the items' facts, the same-story verdicts, the
 * stories as groups): reopening a store verifies no stored pair again and gives the stories of a
 * store that never closed; kept state that is missing, damaged, stale or made under other options
 * is computed again and written back, never trusted.
 */
class KeptIndexTest {

  @TempDir Path dir;

  private final Random random = new Random(5);
  private final TestBulletins.Week week = TestBulletins.Week.of(random);
  private final TestBulletins.Story flood = week.flood();
  private final TestBulletins.Story drought = week.drought();
  private final TestBulletins.Story census = week.census();
  private final TestBulletins.Story harvest = week.harvest();
  private final byte[] monday = week.monday();
  private final byte[] tuesday = week.tuesday();
  private final byte[] wednesday = week.wednesday();

  /** The stories of a store that ingested the three files in one process, and its verifications. */
  private List<StoredStory> reference() {
    try (BulletinStore store = BulletinStore.open(dir.resolve("reference.db"))) {
      week.ingestAll(store);
      assertThat(store.restores()).isZero();
      return store.stories(StoryQuery.all());
    }
  }

  /** Ingests Monday and Tuesday in one process and closes the store. */
  private Path twoDays() {
    return week.twoDays(dir.resolve("news.db"));
  }

  /** Opens the store, ingests Wednesday; returns {restores, verified pairs} and the stories. */
  private long[] wednesday(Path db, List<List<StoredStory>> out) {
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("wednesday.txt", wednesday);
      out.add(store.stories(StoryQuery.all()));
      return new long[] {store.restores(), store.verifiedPairs()};
    }
  }

  @Test
  void reopeningVerifiesNoStoredPairAndGivesTheSameStories() throws Exception {
    Path db = twoDays();
    assertThat(count(db, "SELECT count(*) FROM verdicts")).isPositive();
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE facts IS NULL")).isZero();
    List<List<StoredStory>> stories = new java.util.ArrayList<>();
    long[] kept = wednesday(db, stories);
    assertThat(kept[0]).isEqualTo(1);
    assertThat(stories.get(0)).isEqualTo(reference());

    // The same day with the kept state made unusable: everything stored is verified again.
    Path again = dir.resolve("again.db");
    java.nio.file.Files.delete(db);
    db = twoDays();
    java.nio.file.Files.move(db, again);
    execute(again, "DELETE FROM index_state");
    long[] recomputed = wednesday(again, stories);
    assertThat(recomputed[0]).isZero();
    assertThat(stories.get(1)).isEqualTo(stories.get(0));
    assertThat(kept[1]).isLessThan(recomputed[1]);
    // and what it computed was written back: the next process restores it
    try (BulletinStore store = BulletinStore.open(again)) {
      store.ingest("thursday.txt", bytes(harvest.edited(random)));
      assertThat(store.restores()).isEqualTo(1);
    }
  }

  @Test
  void factsAndVerdictsAreKeptAsBytesAndTheJsonOfOlderVersionsIsStillRestored() throws Exception {
    Path db = twoDays();
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE typeof(facts) = 'blob'"))
        .isPositive();
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE typeof(facts) = 'text'")).isZero();
    assertThat(count(db, "SELECT count(*) FROM verdicts WHERE typeof(evidence) = 'blob'"))
        .isEqualTo(count(db, "SELECT count(*) FROM verdicts"));
    // A store written before session 8 (JSON columns) restores as it is, with no migration.
    assertThat(OlderKeptState.rewriteAsJson(db)).isPositive();
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE typeof(facts) = 'blob'")).isZero();
    List<List<StoredStory>> stories = new java.util.ArrayList<>();
    assertThat(wednesday(db, stories)[0]).isEqualTo(1);
    assertThat(stories.get(0)).isEqualTo(reference());
    // and that ingest wrote them again as bytes: the next open reads no JSON
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE typeof(facts) = 'text'")).isZero();
    assertThat(count(db, "SELECT count(*) FROM verdicts WHERE typeof(evidence) = 'text'")).isZero();
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("thursday.txt", bytes(harvest.edited(random)));
      assertThat(store.restores()).isEqualTo(1);
    }
  }

  @Test
  void aVersionTwoStoreMigratesAndIsVerifiedOnce() throws SQLException {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", monday);
    }
    // What schema 2 was: signatures without facts, no verdicts, no index_state.
    OlderLinks.rewriteAsVersion4(db);
    execute(
        db,
        "DROP TABLE verdicts",
        "DROP TABLE index_state",
        "ALTER TABLE signatures DROP COLUMN facts",
        "PRAGMA user_version = 2");
    try (BulletinStore store = BulletinStore.open(db)) {
      assertThat(count(db, "PRAGMA user_version")).isEqualTo(6);
      assertThat(count(db, "SELECT count(*) FROM verdicts")).isZero();
      store.ingest("tuesday.txt", tuesday);
      assertThat(store.restores()).isZero(); // computed once, from the stored items
      assertThat(store.signedItems()).isEqualTo(3); // the kept signatures were still read
    }
    assertThat(count(db, "SELECT count(*) FROM signatures WHERE facts IS NULL")).isZero();
    assertThat(count(db, "SELECT count(*) FROM verdicts")).isPositive();
    List<List<StoredStory>> stories = new java.util.ArrayList<>();
    assertThat(wednesday(db, stories)[0]).isEqualTo(1);
    assertThat(stories.get(0)).isEqualTo(reference());
  }

  @Test
  void damagedKeptStateIsComputedAgainWithoutACrash() throws Exception {
    List<StoredStory> expected = reference();
    for (String damage :
        List.of(
            "UPDATE verdicts SET left_key = left_key + 1",
            "INSERT INTO verdicts VALUES (1, 2, '{}')",
            "UPDATE signatures SET facts = 'not json' WHERE item_id = 2",
            "UPDATE signatures SET facts = NULL WHERE item_id = 3",
            "UPDATE items SET story_seq = NULL WHERE id = 1")) {
      Path db = twoDays();
      execute(db, damage);
      List<List<StoredStory>> stories = new java.util.ArrayList<>();
      long[] run;
      try {
        run = wednesday(db, stories);
      } catch (StoreException e) {
        throw new AssertionError(damage + ": " + e.getMessage(), e);
      }
      assertThat(run[0]).as(damage).isZero();
      assertThat(stories.get(0)).as(damage).isEqualTo(expected);
      java.nio.file.Files.delete(db);
    }
  }

  @Test
  void aReplacedFileOrOtherOptionsMakeTheKeptStateComputedAgain() throws SQLException {
    Path db = twoDays();
    byte[] mondayAgain = bytes(flood, census.edited(random));
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", mondayAgain);
      assertThat(store.restores()).isZero(); // the first ingest of this process: replaced
      store.ingest("wednesday.txt", wednesday);
    }
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("monday.txt", mondayAgain); // the same: skipped
      store.ingest("thursday.txt", bytes(drought));
      assertThat(store.restores()).isEqualTo(1);
    }
    DedupEngine other = DedupEngine.of(DedupOptions.builder().crossLanguage(false).build());
    try (BulletinStore store = BulletinStore.open(db).withEngine(other)) {
      store.ingest("friday.txt", bytes(drought));
      assertThat(store.restores()).isZero();
    }
  }
}
