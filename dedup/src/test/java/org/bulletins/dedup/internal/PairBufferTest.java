package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PairBufferTest {

  /**
   * Pairs added to several buffers (each compacted or not, as the index's parts leave them) and
   * joined with {@code addAll} are the sorted, distinct union of all of them, in either order of
   * each pair, however many and however repeated.
   */
  @Property(tries = 200)
  void joinedBuffersHoldTheDistinctUnion(
      @ForAll @IntRange(min = 1, max = 5) int parts,
      @ForAll @IntRange(min = 0, max = 5000) int pairsPerPart,
      @ForAll @IntRange(min = 2, max = 300) int units,
      @ForAll @IntRange(min = 1, max = 2048) int capacity,
      @ForAll @IntRange(min = 1, max = 4096) int compactFrom,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeSet<Long> expected = new TreeSet<>();
    PairBuffer[] buffers = new PairBuffer[parts];
    for (int p = 0; p < parts; p++) {
      // Each kind: the default, a presized one, one that compacts small arrays.
      buffers[p] =
          switch (random.nextInt(3)) {
            case 0 -> new PairBuffer();
            case 1 -> new PairBuffer(capacity);
            default -> new PairBuffer(capacity, compactFrom);
          };
      for (int i = 0; i < pairsPerPart; i++) {
        int a = random.nextInt(units);
        int b = random.nextInt(units);
        buffers[p].add(a, b);
        expected.add((long) Math.min(a, b) << 32 | Math.max(a, b));
      }
      if (random.nextBoolean()) {
        buffers[p].retainSortedDistinct(packed -> true);
      }
    }
    PairBuffer joined = buffers[0];
    for (int p = 1; p < parts; p++) {
      joined.addAll(buffers[p]);
    }
    int size = joined.retainSortedDistinct(packed -> true);
    long[] got = new long[size];
    System.arraycopy(joined.packed(), 0, got, 0, size);
    assertThat(got).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * Pairs added one by one grow the array only up to {@code compactFrom} without compacting it;
   * from there it is compacted when full and grows only if most of it is distinct pairs, so it
   * stays within twice the larger of {@code compactFrom} and twice the distinct pairs.
   */
  @Property(tries = 200)
  void aBufferFromItsCompactingSizeStaysProportionalToItsDistinctPairs(
      @ForAll @IntRange(min = 1, max = 20000) int pairs,
      @ForAll @IntRange(min = 2, max = 200) int units,
      @ForAll @IntRange(min = 1, max = 64) int capacity,
      @ForAll @IntRange(min = 1, max = 2048) int compactFrom,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeSet<Long> distinct = new TreeSet<>();
    PairBuffer buffer = new PairBuffer(capacity, compactFrom);
    for (int i = 0; i < pairs; i++) {
      int a = random.nextInt(units);
      int b = random.nextInt(units);
      buffer.add(a, b);
      distinct.add((long) Math.min(a, b) << 32 | Math.max(a, b));
      assertThat(buffer.packed().length)
          .isLessThanOrEqualTo(Math.max(capacity, Math.max(2 * compactFrom, 4 * distinct.size())));
    }
    assertThat(buffer.retainSortedDistinct(packed -> true)).isEqualTo(distinct.size());
  }

  /** A sorted buffer of many repeats, trimmed, keeps its pairs in an array of about their count. */
  @Test
  void aTrimmedBufferKeepsItsPairsInAnArrayOfTheirSize() {
    PairBuffer buffer = new PairBuffer();
    for (int i = 0; i < 10_000; i++) {
      buffer.add(i % 3, 7 + i % 5);
    }
    assertThat(buffer.packed().length).isGreaterThanOrEqualTo(10_000);
    assertThat(buffer.retainSortedDistinct(packed -> true)).isEqualTo(15);
    buffer.trim();
    assertThat(buffer.packed()).hasSize(15);
    assertThat(buffer.packed()[0]).isEqualTo((long) 0 << 32 | 7);
    assertThat(buffer.packed()[14]).isEqualTo((long) 2 << 32 | 11);
  }
}
