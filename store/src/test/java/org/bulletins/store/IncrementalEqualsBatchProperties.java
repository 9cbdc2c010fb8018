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
    Set<Set<String>> expected =
        batch.stream().map(IncrementalEqualsBatchProperties::members).collect(Collectors.toSet());

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
        assertThat(store.itemCount()).isEqualTo(all.size());
        // and no link rows but the stories': those of a story merged away or removed are gone
        assertThat(RawSql.count(db, "SELECT count(*) FROM links"))
            .isEqualTo(batch.stream().mapToLong(s -> s.links().size()).sum());
        for (String id : seenIds) {
          assertThat(store.resolve(id)).as("story id %s still resolves", id).isPresent();
        }
      } finally {
        store.close();
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static Set<String> members(MergedStory story) {
    return story.members().stream()
        .map(m -> m.span().source() + ":" + m.span().titleLine())
        .collect(Collectors.toSet());
  }
}
