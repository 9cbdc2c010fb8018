package org.bulletins.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.SignAhead;
import org.bulletins.model.NewsItem;

/**
 * Signing the items while they are read ({@link SignAhead}, what the command-line tool does) gives
 * the batch engine's result, whatever the block size, the item count and how many blocks the
 * signing thread finished before the reading ended.
 */
class SignAheadProperties {

  private static final Pipeline PIPELINE = new Pipeline(ShuffleProperties.ENGINE.options());

  @Property(tries = 30)
  void signingWhileReadingGivesTheBatchResult(
      @ForAll @IntRange(min = 0, max = 120) int count,
      @ForAll @IntRange(min = 1, max = 40) int blockSize,
      @ForAll boolean waitForTheSigningThread,
      @ForAll long seed)
      throws InterruptedException {
    List<NewsItem> items = new ArrayList<>(ShuffleProperties.ITEMS);
    Collections.shuffle(items, new Random(seed));
    items = items.subList(0, Math.min(count, items.size()));
    DedupResult batch = ShuffleProperties.ENGINE.deduplicate(items);
    try (SignAhead ahead = new SignAhead(PIPELINE, blockSize)) {
      items.forEach(ahead::add);
      int fullBlocks = items.size() / blockSize * blockSize;
      if (waitForTheSigningThread) { // every full block signed ahead, assembled from the blocks
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ahead.signedAhead() < fullBlocks && System.nanoTime() < deadline) {
          Thread.sleep(2);
        }
        assertThat(ahead.signedAhead()).isEqualTo(fullBlocks);
      }
      DedupResult result = ahead.finish();
      assertThat(result.inputCount()).isEqualTo(batch.inputCount());
      assertThat(result.stories()).isEqualTo(batch.stories());
      assertThat(result.memberIds()).isEqualTo(batch.memberIds());
    }
  }
}
