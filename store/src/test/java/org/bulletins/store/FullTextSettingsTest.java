package org.bulletins.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text table's write settings: they change how its segments are made, not what it finds.
 */
class FullTextSettingsTest {

  @TempDir Path dir;

  @Test
  void aFileIsIndexedWithALargePendingTableAndEveryStoryIsFoundByItsWords() throws Exception {
    Random random = new Random(11);
    List<TestBulletins.Story> stories = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      stories.add(TestBulletins.story(random, LocalDate.of(2026, 1 + i % 12, 1 + i % 28)));
    }
    Path db = dir.resolve("news.db");
    try (BulletinStore store = BulletinStore.open(db)) {
      store.ingest("many.txt", TestBulletins.file(stories).getBytes(StandardCharsets.UTF_8));
    }
    // 16 MiB of pending terms per transaction instead of FTS5's 1 MiB (fewer segments to merge).
    assertThat(RawSql.count(db, "SELECT v FROM items_fts_config WHERE k = 'hashsize'"))
        .isEqualTo(16L << 20);
    // 16 segments of a level before they are merged instead of FTS5's 4 (fewer rewrites of older
    // segments); read back by a new connection: the setting is the store's, not the writer's.
    assertThat(RawSql.count(db, "SELECT v FROM items_fts_config WHERE k = 'automerge'"))
        .isEqualTo(16L);
    try (BulletinStore store = BulletinStore.open(db)) {
      for (TestBulletins.Story story : stories.subList(0, 40)) {
        String title = story.title();
        List<StoredStory> found =
            store.stories(new StoryQuery(Optional.empty(), Optional.empty(), Optional.of(title)));
        assertThat(found).anySatisfy(s -> assertThat(s.story().merged().title()).isEqualTo(title));
      }
    }
  }
}
