package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

  /** Random key counts, some larger than a chunk; keys unique to their item and place. */
  private static long[][] keys(int items, int most, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] keys = new long[items][];
    for (int i = 0; i < items; i++) {
      keys[i] = new long[random.nextInt(most + 1)];
      for (int k = 0; k < keys[i].length; k++) {
        keys[i][k] = (long) i << 32 | k | (random.nextBoolean() ? Long.MIN_VALUE : 0);
      }
    }
    return keys;
  }

  @Property(tries = 200)
  void everyItemGetsBackItsKeysWhateverTheThreadsAndChunks(
      @ForAll @IntRange(min = 0, max = 400) int items,
      @ForAll @IntRange(min = 1, max = 64) int chunkSize,
      @ForAll @IntRange(min = 0, max = 100) int most,
      @ForAll long seed) {
    long[][] keys = keys(items, most, seed);
    BlockingKeys held = new BlockingKeys(items, chunkSize);
    IntStream.range(0, items)
        .parallel()
        .forEach(
            i -> {
              // A longer array than the count, as the signer may hand over: only count are kept.
              long[] given = java.util.Arrays.copyOf(keys[i], keys[i].length + 3);
              given[keys[i].length] = -1;
              held.put(i, given, keys[i].length);
            });
    assertThat(held.items()).isEqualTo(items);
    for (int i = 0; i < items; i++) {
      assertThat(held.keys(i)).as("item %d", i).containsExactly(keys[i]);
      assertThat(held.length(i)).isEqualTo(keys[i].length);
      long[] chunk = held.chunk(i);
      for (int k = 0; k < keys[i].length; k++) {
        assertThat(chunk[held.from(i) + k]).isEqualTo(keys[i][k]);
      }
    }
  }

  @Test
  void aClearedItemHasNoKeysAndTheOthersKeepTheirs() {
    long[][] keys = keys(50, 9, 7);
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    BlockingKeys held = BlockingKeys.of(copy);
    assertThat(java.util.Arrays.stream(copy).allMatch(k -> k == null)).isTrue(); // emptied
    held.clear(3);
    assertThat(held.keys(3)).isEmpty();
    for (int i = 0; i < keys.length; i++) {
      if (i != 3) {
        assertThat(held.keys(i)).containsExactly(keys[i]);
      }
    }
  }

  @Test
  void theBlocksOfHeldKeysAreThoseOfTheArrays() {
    long[][] keys = new long[300][];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new long[random.nextInt(6)];
      for (int k = 0; k < keys[i].length; k++) {
        keys[i][k] = random.nextInt(40) * 0x9E3779B97F4A7C15L;
      }
    }
    // Put from many threads into small chunks: the sorted entries do not depend on where the keys
    // were held.
    BlockingKeys held = new BlockingKeys(keys.length, 5);
    IntStream.range(0, keys.length).parallel().forEach(i -> held.put(i, keys[i], keys[i].length));
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    for (int parts = 1; parts <= 3; parts++) {
      BlockingKeys again = new BlockingKeys(keys.length, 5);
      IntStream.range(0, keys.length)
          .parallel()
          .forEach(i -> again.put(i, keys[i], keys[i].length));
      assertThat(CandidatePairs.entries(again, parts))
          .containsExactly(CandidatePairs.entries(copy.clone(), 1));
    }
    assertThat(CandidatePairs.of(held, 20, 8, null, 0).all())
        .containsExactly(CandidatePairs.of(keys, 20, 8).all());
  }

  @Test
  void aSmallBatchGetsASmallChunkAndALargeOneEightMebibytes() {
    assertThat(BlockingKeys.chunkFor(1)).isEqualTo(BlockingKeys.MIN_CHUNK);
    assertThat(BlockingKeys.chunkFor(1_000)).isEqualTo(64_000);
    assertThat(BlockingKeys.chunkFor(100_000)).isEqualTo(BlockingKeys.DEFAULT_CHUNK);
    assertThat(BlockingKeys.chunkFor(Integer.MAX_VALUE)).isEqualTo(BlockingKeys.DEFAULT_CHUNK);
  }
}
