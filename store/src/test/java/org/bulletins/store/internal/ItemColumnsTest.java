package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

class ItemColumnsTest {

  /** Enough items for many chunks, some with labels. */
  private static List<NewsItem> items(int count) {
    List<NewsItem> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          new NewsItem(
              Optional.of(LocalDate.of(2026, 11, 1 + i % 28)),
              "Title " + i,
              List.of("First paragraph of " + i + ".", "Second \"quoted\" paragraph."),
              new SourceSpan("f.txt", 3 * i + 1, 3 * i + 1, 3 * i + 2),
              i % 3 == 0 ? List.of("label " + i) : List.of()));
    }
    return out;
  }

  @Test
  void twoThreadsEncodeEveryItemOnceAndAsOneThreadWould() throws Exception {
    List<NewsItem> items = items(10_000);
    ItemColumns shared = new ItemColumns(items.size());
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              shared.encode(items);
            });
    go.countDown();
    shared.encode(items); // the main thread's share, beside the writer's
    writer.get();
    for (int i = 0; i < items.size(); i++) {
      assertThat(shared.paragraphs(i)).isEqualTo(Codec.write(items.get(i).paragraphs()));
      assertThat(shared.labels(i))
          .isEqualTo(i % 3 == 0 ? Codec.write(items.get(i).labels()) : null);
    }
  }

  @Test
  void aSecondCallAfterTheFirstFinishedFindsNothingLeft() {
    List<NewsItem> items = items(1_000);
    ItemColumns columns = new ItemColumns(items.size());
    columns.encode(items);
    String first = columns.paragraphs(999);
    columns.encode(items);
    assertThat(columns.paragraphs(999)).isSameAs(first); // not encoded again
  }
}
