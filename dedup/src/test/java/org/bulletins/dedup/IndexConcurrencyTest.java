package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is thread-safe: concurrent adds, finds, story listings and saves end with the stories
 * of one batch run over all items, and every query sees a consistent index.
 */
class IndexConcurrencyTest {

  @TempDir Path dir;

  @Test
  void concurrentAddsQueriesAndSavesGiveTheBatchResult() throws Exception {
    List<NewsItem> items = ShuffleProperties.ITEMS;
    DedupIndex index = ShuffleProperties.ENGINE.newIndex();
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int from = w;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = from; i < items.size(); i += writers * 2) { // batches of two
                    List<NewsItem> batch = new ArrayList<>(List.of(items.get(i)));
                    if (i + writers < items.size()) {
                      batch.add(items.get(i + writers));
                    }
                    index.addAll(batch);
                  }
                  return null;
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                start.await();
                while (index.size() < items.size()) {
                  List<MergedStory> stories = index.stories();
                  int members = stories.stream().mapToInt(s -> s.members().size()).sum();
                  assertThat(members).isLessThanOrEqualTo(items.size()); // never a half-added item
                }
                return null;
              }));
      futures.add(
          pool.submit(
              () -> {
                start.await();
                while (index.size() < items.size()) {
                  index.find(items.get(0)); // may or may not be known yet; must not throw
                }
                return null;
              }));
      futures.add(
          pool.submit(
              () -> {
                start.await();
                Path file = dir.resolve("concurrent.idx.json");
                while (index.size() < items.size()) {
                  index.save(file);
                  assertThat(DedupIndex.load(file).size()).isLessThanOrEqualTo(items.size());
                }
                return null;
              }));
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(items.size());
    assertThat(index.stories()).isEqualTo(ShuffleProperties.EXPECTED.stories());
    for (NewsItem item : items) {
      assertThat(index.find(item)).isPresent();
    }
  }
}
