package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a query ({@code withLimit}, {@code withOffset}) against the whole list. */
class StoryPagesTest {

  @TempDir Path dir;

  @Test
  void everyPageIsTheMatchingSliceOfTheWholeListAndTheCountIsItsSize() {
    Random random = new Random(11);
    List<TestBulletins.Story> stories = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      // Several stories a day, so that the order within a day (creation) is exercised too.
      stories.add(TestBulletins.story(random, LocalDate.of(2026, 10, 1 + i / 3)));
    }
    // A word that every story of the first file holds: added to their titles.
    List<TestBulletins.Story> marked = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      TestBulletins.Story s = stories.get(i);
      marked.add(
          i % 2 == 0
              ? new TestBulletins.Story(s.date(), s.title() + " Zorvak", s.paragraphs())
              : s);
    }
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest(
          "a.txt", TestBulletins.bytes(marked.subList(0, 8).toArray(TestBulletins.Story[]::new)));
      store.ingest(
          "b.txt",
          TestBulletins.bytes(
              marked.subList(8, marked.size()).toArray(TestBulletins.Story[]::new)));
      List<StoryQuery> queries =
          List.of(
              StoryQuery.all(),
              StoryQuery.all().withSince(LocalDate.of(2026, 10, 2)),
              StoryQuery.all()
                  .withSince(LocalDate.of(2026, 10, 2))
                  .withUntil(LocalDate.of(2026, 10, 3)),
              StoryQuery.all().withSearch("zorvak"),
              StoryQuery.all().withSearch("zorvak").withUntil(LocalDate.of(2026, 10, 3)),
              StoryQuery.all().withSearch("nosuchword"));
      List<String> all = ids(store.stories(StoryQuery.all()));
      assertThat(all).hasSize(14);
      for (StoryQuery query : queries) {
        List<StoredStory> whole = store.stories(query);
        List<String> wholeIds = ids(whole);
        // Selected stories come in the order of the whole list, whatever the path that read them.
        assertThat(wholeIds).isEqualTo(all.stream().filter(wholeIds::contains).toList());
        assertThat(store.storyCount(query)).isEqualTo(whole.size());
        for (int offset = 0; offset <= whole.size() + 1; offset++) {
          List<StoredStory> rest = store.stories(query.withOffset(offset));
          assertThat(rest).isEqualTo(whole.subList(Math.min(offset, whole.size()), whole.size()));
          for (int limit = 0; limit <= whole.size() + 1; limit++) {
            StoryQuery page = query.withOffset(offset).withLimit(limit);
            int from = Math.min(offset, whole.size());
            int to = Math.min(offset + limit, whole.size());
            assertThat(store.stories(page)).as("%s", page).isEqualTo(whole.subList(from, to));
            assertThat(store.storyCount(page)).isEqualTo(whole.size());
            assertThat(store.page(page))
                .isEqualTo(new StoryPage(whole.subList(from, to), whole.size()));
            // Read a chunk at a time, with every seam between chunks somewhere in the page.
            for (int chunk : new int[] {1, 3, 5, 1_000}) {
              List<StoredStory> streamed = new ArrayList<>();
              store.forEachStory(page, streamed::add, chunk);
              assertThat(streamed)
                  .as("%s in chunks of %d", page, chunk)
                  .isEqualTo(store.stories(page));
            }
          }
        }
      }
      assertThat(ids(store.stories(StoryQuery.all().withSearch("zorvak")))).hasSize(7);
      for (StoryQuery query : queries) {
        List<StoredStory> streamed = new ArrayList<>();
        store.forEachStory(query, streamed::add); // the public chunk size
        assertThat(streamed).isEqualTo(store.stories(query));
      }
    }
  }

  @Test
  void aConsumersExceptionEndsTheListingAndLeavesTheStoreAsItWas() {
    Random random = new Random(12);
    TestBulletins.Story[] first = new TestBulletins.Story[9];
    for (int i = 0; i < first.length; i++) {
      first[i] = TestBulletins.story(random, LocalDate.of(2026, 10, 1 + i));
    }
    try (BulletinStore store = BulletinStore.open(dir.resolve("news.db"))) {
      store.ingest("a.txt", TestBulletins.bytes(first));
      List<StoredStory> all = store.stories(StoryQuery.all());
      IllegalStateException closed = new IllegalStateException("output closed");
      List<StoredStory> seen = new ArrayList<>();
      // Chunks of one: the reader is several chunks ahead when the consumer gives up.
      assertThatThrownBy(
              () ->
                  store.forEachStory(
                      StoryQuery.all(),
                      story -> {
                        seen.add(story);
                        if (seen.size() == 2) {
                          throw closed;
                        }
                      },
                      1))
          .isSameAs(closed);
      assertThat(seen).isEqualTo(all.subList(0, 2));
      // No transaction left open: the same store lists and ingests again.
      List<StoredStory> again = new ArrayList<>();
      store.forEachStory(StoryQuery.all(), again::add, 1);
      assertThat(again).isEqualTo(all);
      store.ingest(
          "b.txt", TestBulletins.bytes(TestBulletins.story(random, LocalDate.of(2026, 10, 20))));
      assertThat(store.stories(StoryQuery.all())).hasSize(all.size() + 1);
    }
  }

  @Test
  void aNegativeLimitOrOffsetIsRefused() {
    assertThatThrownBy(() -> StoryQuery.all().withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must not be negative: -1");
    assertThatThrownBy(() -> StoryQuery.all().withOffset(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative: -2");
    assertThat(StoryQuery.all().paged()).isFalse();
    assertThat(StoryQuery.all().withOffset(0).paged()).isFalse();
    assertThat(StoryQuery.all().withLimit(0).paged()).isTrue();
  }

  private static List<String> ids(List<StoredStory> stories) {
    return stories.stream().map(StoredStory::storyId).toList();
  }
}
