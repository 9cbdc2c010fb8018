package org.bulletins.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * Incremental = batch: ingesting files in any split and any order, closing and reopening the store
 * between files at random, gives the stories (as sets of members) that one {@link
 * DedupEngine#deduplicate} run gives for all items at once; and story ids, once given, survive
 * every later ingest (or resolve through an alias).
 */
class IncrementalEqualsBatchProperties {

  @Property(tries = 25)
  void anySplitAndOrderGivesTheBatchStories(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int fileCount,
      @ForAll @IntRange(min = 2, max = 12) int storyCount)
      throws IOException, SQLException {
    Random random = new Random(seed);
    List<List<TestBulletins.Story>> files = new ArrayList<>();
    for (int i = 0; i < fileCount; i++) {
      files.add(new ArrayList<>());
    }
    for (int s = 0; s < storyCount; s++) {
      TestBulletins.Story story =
          TestBulletins.story(random, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20)));
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        TestBulletins.Story copy = random.nextBoolean() ? story : story.edited(random);
        files.get(random.nextInt(fileCount)).add(copy);
      }
    }
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    List<NewsItem> all = new ArrayList<>();
    for (int i = 0; i < fileCount; i++) {
      Collections.shuffle(files.get(i), random);
      names.add("day" + i + ".txt");
      contents.add(TestBulletins.file(files.get(i)).getBytes(UTF_8));
      all.addAll(BulletinParser.create().parse(contents.get(i), names.get(i)).items());
    }
    List<MergedStory> batch = DedupEngine.create().deduplicate(all).stories();

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fileCount; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    Path dir = Files.createTempDirectory("store-property");
    try {
      Path db = dir.resolve("news.db");
      List<String> seenIds = new ArrayList<>();
      BulletinStore store = BulletinStore.open(db);
      try {
        for (int i : order) {
          store.ingest(names.get(i), contents.get(i));
          store.stories(StoryQuery.all()).forEach(s -> seenIds.add(s.storyId()));
          if (random.nextInt(3) == 0) {
            store.close();
            store = BulletinStore.open(db);
          }
        }
        assertHoldsTheBatch(store, db, batch, all.size());
        for (String id : seenIds) {
          assertThat(store.resolve(id)).as("story id %s still resolves", id).isPresent();
        }
      } finally {
        store.close();
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * A page read again under a name that sorts before its own, into the store reopened in between
   * (its items restored without their texts, its apart verdicts not kept): its items repeat stored
   * ones word for word (each becomes its content's representative, and keeps the verdicts its place
   * leaves standing), or edited, or are new. The stories are the batch's, to the last field.
   */
  @Property(tries = 15)
  void aPageReadAgainUnderANameThatSortsFirstGivesTheBatchStories(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int storyCount)
      throws IOException, SQLException {
    Random random = new Random(seed);
    List<TestBulletins.Story> page = new ArrayList<>();
    List<TestBulletins.Story> again = new ArrayList<>();
    for (int s = 0; s < storyCount; s++) {
      TestBulletins.Story story =
          TestBulletins.story(random, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20)));
      page.add(story);
      int kind = random.nextInt(4);
      if (kind > 0) {
        again.add(kind == 1 ? story.edited(random) : story);
      }
      if (random.nextInt(4) == 0) {
        again.add(
            TestBulletins.story(random, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20))));
      }
    }
    Collections.shuffle(again, random);
    List<NewsItem> all = new ArrayList<>();
    byte[] first = TestBulletins.file(page).getBytes(UTF_8);
    byte[] second = TestBulletins.file(again).getBytes(UTF_8);
    all.addAll(BulletinParser.create().parse(first, "page.txt").items());
    all.addAll(BulletinParser.create().parse(second, "0-page.txt").items());
    List<MergedStory> batch = DedupEngine.create().deduplicate(all).stories();
    Path dir = Files.createTempDirectory("store-property");
    try {
      Path db = dir.resolve("news.db");
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("page.txt", first);
      }
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("0-page.txt", second);
        assertHoldsTheBatch(store, db, batch, all.size());
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * The same with a representative of another text: B and A2 stored (A2's lowercase title, a site
   * prefix nobody reads as one, keeps it apart from B), then, after a reopen, A1 on a page that
   * sorts first: A1 has A2's content id and takes its place, its upper-case prefix is read as the
   * site's, and B is the same story as A1. The stored unit is judged again, as the batch judges it.
   */
  @Example
  void aRepresentativeOfAnotherTextIsJudgedAgainInAReopenedStore()
      throws IOException, SQLException {
    byte[] page =
        ("9 June, 2021\n\nBoat capsizes near Roatan\n\n\n"
                + "9 June, 2021\n\niom honduras: boat capsizes near roatan\n")
            .getBytes(UTF_8);
    byte[] again = "9 June, 2021\n\nIOM Honduras: Boat capsizes near Roatan\n".getBytes(UTF_8);
    List<NewsItem> all = new ArrayList<>();
    all.addAll(BulletinParser.create().parse(page, "page.txt").items());
    all.addAll(BulletinParser.create().parse(again, "0-page.txt").items());
    List<MergedStory> batch = DedupEngine.create().deduplicate(all).stories();
    assertThat(batch).hasSize(1);
    Path dir = Files.createTempDirectory("store-example");
    try {
      Path db = dir.resolve("news.db");
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("page.txt", page);
        assertThat(store.stories(StoryQuery.all())).hasSize(2);
      }
      try (BulletinStore store = BulletinStore.open(db)) {
        store.ingest("0-page.txt", again);
        assertHoldsTheBatch(store, db, batch, all.size());
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** The store holds the batch's stories, to the last field, and their items and links only. */
  private static void assertHoldsTheBatch(
      BulletinStore store, Path db, List<MergedStory> batch, int itemCount) throws SQLException {
    Set<Set<String>> expected =
        batch.stream().map(IncrementalEqualsBatchProperties::members).collect(Collectors.toSet());
    Set<Set<String>> stored =
        store.stories(StoryQuery.all()).stream()
            .map(s -> members(s.story()))
            .collect(Collectors.toSet());
    assertThat(stored).isEqualTo(expected);
    // and the same stories to the last field: merged item, evidence links, title variants
    assertThat(store.stories(StoryQuery.all()).stream().map(StoredStory::story))
        .containsExactlyInAnyOrderElementsOf(batch);
    // each with the content id kept beside it, as the story's own
    assertThat(store.stories(StoryQuery.all()))
        .allSatisfy(s -> assertThat(s.contentId()).isEqualTo(s.story().computeId()));
    assertThat(store.itemCount()).isEqualTo(itemCount);
    // and no link rows but the stories': those of a story merged away or removed are gone
    assertThat(RawSql.count(db, "SELECT count(*) FROM links"))
        .isEqualTo(batch.stream().mapToLong(s -> s.links().size()).sum());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Set<String> members(MergedStory story) {
    return story.members().stream()
        .map(m -> m.span().source() + ":" + m.span().titleLine())
        .collect(Collectors.toSet());
  }
}
