package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bulletins.store.TestBulletins.bytes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.store.IngestReport.Outcome;
import org.bulletins.store.StoreException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinStoreTest {

  @TempDir Path dir;

  private final Random random = new Random(7);
  private final TestBulletins.Story flood = TestBulletins.story(random, LocalDate.of(2026, 11, 2));
  private final TestBulletins.Story drought =
      TestBulletins.story(random, LocalDate.of(2026, 10, 20));
  private final TestBulletins.Story census = TestBulletins.story(random, LocalDate.of(2026, 9, 5));

  @Test
  void ingestDeduplicatesAcrossFilesAndKeepsStoryIds() {
    Path db = dir.resolve("news.db");
    String floodId;
    try (BulletinStore store = BulletinStore.open(db)) {
      IngestReport monday = store.ingest("monday.txt", bytes(flood, drought));
      assertThat(monday.outcome()).isEqualTo(Outcome.ADDED);
      assertThat(monday.items()).isEqualTo(2);
      assertThat(monday.newStories()).isEqualTo(2);
      floodId = idOf(store, flood.title());
      assertThat(store.resolve(floodId)).contains(floodId);
    }
    try (BulletinStore store = BulletinStore.open(db)) {
      IngestReport tuesday = store.ingest("tuesday.txt", bytes(flood.edited(random), census));
      assertThat(tuesday.newStories()).isEqualTo(1); // the flood copy joined its story
      assertThat(store.itemCount()).isEqualTo(4);
      assertThat(store.storyCount()).isEqualTo(3);
      StoredStory joined = store.story(floodId).orElseThrow();
      assertThat(joined.story().members()).hasSize(2);
      assertThat(joined.story().members().stream().map(m -> m.span().source()))
          .containsExactly("monday.txt", "tuesday.txt");
      assertThat(idOf(store, flood.title())).isEqualTo(floodId);
    }
  }

  @Test
  void aLargeFileIsIngestedByAnInterruptedThreadAndTheInterruptIsKept() {
    // Over a MiB, so that the ingest reads its lines ahead and hashes it on other threads.
    List<TestBulletins.Story> stories = new ArrayList<>();
    for (int day = 0; day < 3_000; day++) {
      stories.add(TestBulletins.story(random, LocalDate.of(2020, 1, 1).plusDays(day)));
    }
    byte[] large = bytes(stories.toArray(TestBulletins.Story[]::new));
    assertThat(large.length).isGreaterThan(1 << 20);
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      Thread.currentThread().interrupt();
      IngestReport report;
      try {
        report = store.ingest("large.txt", large);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted(); // cleared for what follows
      }
      assertThat(report.outcome()).isEqualTo(Outcome.ADDED);
      assertThat(report.items()).isEqualTo(stories.size());
      assertThat(store.itemCount()).isEqualTo(stories.size());
    }
  }

  @Test
  void theSameFileIsSkippedAndAChangedFileReplacesItsItems() {
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest("a.txt", bytes(flood, drought));
      store.ingest("b.txt", bytes(flood));
      assertThat(store.ingest("a.txt", bytes(flood, drought)).outcome())
          .isEqualTo(Outcome.UNCHANGED);
      assertThat(store.itemCount()).isEqualTo(3);
      String floodId = idOf(store, flood.title());

      IngestReport replaced = store.ingest("a.txt", bytes(census));
      assertThat(replaced.outcome()).isEqualTo(Outcome.REPLACED);
      assertThat(store.itemCount()).isEqualTo(2);
      assertThat(titles(store.stories(StoryQuery.all())))
          .containsExactlyInAnyOrder(flood.title(), census.title());
      // the flood story lost a.txt's copy, kept b.txt's, and its id
      assertThat(idOf(store, flood.title())).isEqualTo(floodId);
      assertThat(store.story(floodId).orElseThrow().story().members()).hasSize(1);
    }
  }

  /**
   * A page saved again under its name: the items it has again keep their stories' ids (an edited
   * copy of one joins its story, a new item gets a new story); reopened, saved again without the
   * flood items and with a second copy of the census item: the flood story goes, the others keep
   * their ids.
   */
  @Test
  void aChangedFileKeepsTheIdsOfTheStoriesOfTheItemsItHasAgain() {
    Path db = dir.resolve("news.db");
    TestBulletins.Story harvest = TestBulletins.story(random, LocalDate.of(2026, 12, 1));
    String floodId;
    String droughtId;
    String censusId;
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("page.txt", bytes(flood, drought, census));
      floodId = idOf(store, flood.title());
      droughtId = idOf(store, drought.title());
      censusId = idOf(store, census.title());
      IngestReport again =
          store.ingest("page.txt", bytes(flood, drought, census, flood.edited(random), harvest));
      assertThat(again.outcome()).isEqualTo(Outcome.REPLACED);
      assertThat(again.newStories()).isEqualTo(1); // the harvest's
      assertThat(idOf(store, flood.title())).isEqualTo(floodId);
      assertThat(store.story(floodId).orElseThrow().story().members()).hasSize(2);
      assertThat(idOf(store, drought.title())).isEqualTo(droughtId);
      assertThat(idOf(store, census.title())).isEqualTo(censusId);
    }
    try (BulletinStore store = BulletinStore.open(db)) {
      IngestReport later = store.ingest("page.txt", bytes(drought, census, census, harvest));
      assertThat(later.outcome()).isEqualTo(Outcome.REPLACED);
      assertThat(later.newStories()).isZero();
      assertThat(idOf(store, drought.title())).isEqualTo(droughtId);
      assertThat(idOf(store, census.title())).isEqualTo(censusId);
      assertThat(store.story(censusId).orElseThrow().story().members()).hasSize(2);
      assertThat(store.resolve(floodId)).isEmpty(); // its items are gone from the store
      assertThat(store.stories(StoryQuery.all())).hasSize(3);
    }
  }

  /**
   * A replace that fails while it writes its stories (a trigger aborts it) leaves the old file
   * stored with its ids; the same ingest again, in the same open store, keeps them.
   */
  @Test
  void aFailedReplaceKeepsTheOldFileAndARetryKeepsTheIds() throws Exception {
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("page.txt", bytes(flood, drought));
    }
    RawSql.execute(
        db,
        "CREATE TABLE armed(x INTEGER)",
        "INSERT INTO armed VALUES (1)",
        "CREATE TRIGGER fail_update BEFORE UPDATE ON stories WHEN (SELECT count(*) FROM armed) > 0"
            + " BEGIN SELECT RAISE(ABORT, 'stories are not to be written'); END",
        "CREATE TRIGGER fail_insert BEFORE INSERT ON stories WHEN (SELECT count(*) FROM armed) > 0"
            + " BEGIN SELECT RAISE(ABORT, 'stories are not to be written'); END");
    byte[] changed = bytes(flood, drought, census);
    try (BulletinStore store = BulletinStore.open(db)) {
      String floodId = idOf(store, flood.title());
      String droughtId = idOf(store, drought.title());
      assertThatThrownBy(() -> store.ingest("page.txt", changed))
          .isInstanceOf(StoreException.class);
      assertThat(store.itemCount()).isEqualTo(2);
      assertThat(idOf(store, flood.title())).isEqualTo(floodId);
      RawSql.execute(db, "DELETE FROM armed");
      assertThat(store.ingest("page.txt", changed).outcome()).isEqualTo(Outcome.REPLACED);
      assertThat(store.itemCount()).isEqualTo(3);
      assertThat(idOf(store, flood.title())).isEqualTo(floodId);
      assertThat(idOf(store, drought.title())).isEqualTo(droughtId);
      assertThat(store.stories(StoryQuery.all())).hasSize(3);
    }
  }

  @Test
  void storiesAreFoundByDateRangeAndFullText() {
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest("a.txt", bytes(flood, drought, census));
      assertThat(titles(store.stories(StoryQuery.all())))
          .containsExactly(flood.title(), drought.title(), census.title()); // newest first
      assertThat(
              titles(
                  store.stories(
                      StoryQuery.all()
                          .withSince(LocalDate.of(2026, 10, 1))
                          .withUntil(LocalDate.of(2026, 10, 31)))))
          .containsExactly(drought.title());
      String word = drought.paragraphs().get(0).split(" ")[3];
      assertThat(titles(store.stories(StoryQuery.all().withSearch(word.toUpperCase()))))
          .contains(drought.title())
          .doesNotContain(census.title());
      String titleWords = String.join(" ", List.of(census.title().split(" ")).subList(0, 2));
      assertThat(titles(store.stories(StoryQuery.all().withSearch(titleWords))))
          .containsExactly(census.title());
      // operators and quotes are words, never syntax errors
      assertThat(store.stories(StoryQuery.all().withSearch("\"AND ( OR* NEAR"))).isEmpty();
    }
  }

  @Test
  void storedStoriesAreTheEnginesStories() {
    List<byte[]> files = List.of(bytes(flood, drought), bytes(flood.edited(random), census));
    List<NewsItem> all = new ArrayList<>();
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      for (int i = 0; i < files.size(); i++) {
        store.ingest("f" + i + ".txt", files.get(i));
        all.addAll(BulletinParser.create().parse(files.get(i), "f" + i + ".txt").items());
      }
      Set<MergedStory> expected = Set.copyOf(DedupEngine.create().deduplicate(all).stories());
      Set<MergedStory> stored =
          store.stories(StoryQuery.all()).stream()
              .map(StoredStory::story)
              .collect(Collectors.toSet());
      assertThat(stored).isEqualTo(expected); // members, merged item, evidence: all kept
    }
  }

  @Test
  void exportListsEveryItemWithItsStory() {
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest("a.txt", bytes(flood, drought));
      store.ingest("b.txt", bytes(flood));
      List<StoredItem> items = new ArrayList<>();
      store.forEachItem(items::add);
      assertThat(items)
          .extracting(i -> i.item().span().source())
          .containsExactly("a.txt", "a.txt", "b.txt");
      assertThat(items.get(0).storyId()).isEqualTo(items.get(2).storyId());
      assertThat(items.get(1).storyId()).isNotEqualTo(items.get(0).storyId());
    }
  }

  @Test
  void aReaderQueriesWhileAWriterHoldsTheStoreOpen() {
    Path db = dir.resolve("news.db");
    try (BulletinStore writer = BulletinStore.open(db)) {
      writer.ingest("a.txt", bytes(flood));
      try (BulletinStore reader = BulletinStore.openReadOnly(db)) {
        assertThat(reader.storyCount()).isEqualTo(1);
        writer.ingest("b.txt", bytes(drought));
        assertThat(reader.storyCount()).isEqualTo(2);
        assertThatThrownBy(() -> reader.ingest("c.txt", bytes(census)))
            .isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void foreignDamagedNewerAndMissingFilesAreRefusedWithOneLine() throws Exception {
    Path text = dir.resolve("notes.db");
    Files.writeString(text, "just some text, certainly not a database\n");
    assertRefused(text, Reason.NOT_A_STORE, "notes.db: not a SQLite database");

    Path foreign = dir.resolve("foreign.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t(x)");
    }
    assertRefused(
        foreign, Reason.NOT_A_STORE, "foreign.db: a SQLite database, but not a bulletins store");

    Path newer = dir.resolve("newer.db");
    try (BulletinStore store = BulletinStore.open(newer)) {
      store.ingest("a.txt", bytes(flood));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertRefused(
        newer,
        Reason.NEWER_SCHEMA,
        "newer.db: written by a newer version of bulletins (store schema 99, this version reads up"
            + " to 6)");

    Path damaged = dir.resolve("damaged.db");
    try (BulletinStore store = BulletinStore.open(damaged)) {
      store.ingest("a.txt", bytes(flood, drought, census));
    }
    byte[] content = Files.readAllBytes(damaged);
    for (int i = 100; i < content.length; i++) {
      content[i] = (byte) 0x5a; // the header stays, every page is garbage
    }
    Files.write(damaged, content);
    assertThatThrownBy(
            () -> {
              try (BulletinStore store = BulletinStore.openReadOnly(damaged)) {
                store.stories(StoryQuery.all());
              }
            })
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
              assertThat(e.getMessage())
                  .startsWith(damaged + ": damaged database")
                  .doesNotContain("\n");
            });

    assertThatThrownBy(() -> BulletinStore.openReadOnly(dir.resolve("missing.db")))
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThat(dir.resolve("missing.db")).doesNotExist();
  }

  private static void assertRefused(Path file, Reason reason, String message) {
    for (boolean readOnly : new boolean[] {true, false}) {
      assertThatThrownBy(
              () ->
                  (readOnly ? BulletinStore.openReadOnly(file) : BulletinStore.open(file)).close())
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.getMessage()).isEqualTo(file.getParent() + "/" + message);
              });
    }
  }

  private static String idOf(BulletinStore store, String title) {
    return store.stories(StoryQuery.all()).stream()
        .filter(s -> s.story().merged().title().equals(title))
        .findFirst()
        .orElseThrow()
        .storyId();
  }

  private static List<String> titles(List<StoredStory> stories) {
    return stories.stream().map(s -> s.story().merged().title()).toList();
  }
}
