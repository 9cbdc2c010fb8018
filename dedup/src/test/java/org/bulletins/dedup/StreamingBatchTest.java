package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.StreamingBatch;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * A batch fed one item at a time, signing in chunks while it is fed, gives what {@link
 * DedupEngine#deduplicate} gives for the same items in the same order: stories, count and members'
 * ids.
 */
class StreamingBatchTest {

  private static final List<NewsItem> POOL = pool();

  private static List<NewsItem> pool() {
    try {
      return EvaluationTest.evaluationAndSeedItemsPerturbed();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Any number of items (chunks of 2,048: none, one, several and a part), drawn with repeats. */
  @Property(tries = 6)
  void givesTheEngineResult(@ForAll @IntRange(max = 6_200) int count, @ForAll long seed) {
    Random random = new Random(seed);
    List<NewsItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      NewsItem item = POOL.get(random.nextInt(POOL.size()));
      // Most under a source of their own (copies in other files), some as they are (equal items).
      items.add(random.nextInt(4) == 0 ? item : item.withSpan(elsewhere(item.span(), i)));
    }
    assertThat(streamed(items)).isEqualTo(DedupEngine.create().deduplicate(items));
  }

  @Test
  void givesTheEngineResultForTheWholePoolTwice() {
    List<NewsItem> items = new ArrayList<>(POOL);
    for (int i = 0; i < POOL.size(); i++) {
      items.add(POOL.get(i).withSpan(elsewhere(POOL.get(i).span(), i)));
    }
    DedupResult result = streamed(items);
    assertThat(result).isEqualTo(DedupEngine.create().deduplicate(items));
    assertThat(result.inputCount()).isEqualTo(items.size()).isGreaterThan(2_048);
    assertThat(result.duplicateCount())
        .as("each copy joins its item")
        .isGreaterThanOrEqualTo(POOL.size());
  }

  @Test
  void signingOnlyAtTheEndGivesTheSame() {
    List<NewsItem> items = POOL.subList(0, Math.min(POOL.size(), 2 * 2_048 + 5));
    StreamingBatch batch = new StreamingBatch(DedupOptions.defaults(), false);
    items.forEach(batch::add);
    assertThat(batch.finish()).isEqualTo(DedupEngine.create().deduplicate(items));
  }

  @Test
  void noItemsGiveNoStories() {
    DedupResult result = new StreamingBatch(DedupOptions.defaults()).finish();
    assertThat(result.stories()).isEmpty();
    assertThat(result.inputCount()).isZero();
  }

  private static DedupResult streamed(List<NewsItem> items) {
    StreamingBatch batch = new StreamingBatch(DedupOptions.defaults(), true);
    items.forEach(batch::add);
    assertThat(batch.size()).isEqualTo(items.size());
    return batch.finish();
  }

  private static SourceSpan elsewhere(SourceSpan span, int i) {
    return new SourceSpan(
        "copy-" + i + "/" + span.source(), span.firstLine(), span.titleLine(), span.lastLine());
  }
}
