package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The bucketed sort against its definition: the distinct high 32 bits, sorted as signed ints. */
class SortedHashSetTest {

  @Property(tries = 1000)
  void givesTheSortedDistinctHighBits(
      @ForAll @Size(max = 300) List<Long> hashes,
      @ForAll @IntRange(min = 0, max = 3) int repeatEvery,
      @ForAll @IntRange(min = 0, max = 10) int padding) {
    long[] array = new long[hashes.size() + 2 * padding];
    for (int i = 0; i < hashes.size(); i++) {
      // Some repeats, as words and shingles repeat in a text.
      long h = hashes.get(repeatEvery > 0 && i >= repeatEvery ? i - repeatEvery * (i % 2) : i);
      array[padding + i] = h;
    }
    assertThat(SortedHashSet.of(array, padding, padding + hashes.size()))
        .containsExactly(definition(array, padding, padding + hashes.size()));
  }

  @Property(tries = 300)
  void uniformHashesAreSortedToo(@ForAll @IntRange(min = 0, max = 5000) int n, @ForAll long seed) {
    long[] array = new long[n];
    for (int i = 0; i < n; i++) {
      array[i] = Hash64.combine(seed, i);
    }
    assertThat(SortedHashSet.of(array, 0, n)).containsExactly(definition(array, 0, n));
  }

  /** Values that share their top bits (as crafted words could) crowd a bucket: the same result. */
  @Test
  void crowdedBucketsGiveTheSameSet() {
    long[] array = new long[4000];
    for (int i = 0; i < array.length; i++) {
      array[i] = ((long) (0x12340000 | (i * 7919 & 0xFFFF))) << 32 | i;
    }
    assertThat(SortedHashSet.of(array, 0, array.length))
        .containsExactly(definition(array, 0, array.length));
    long[] negative = new long[100];
    for (int i = 0; i < negative.length; i++) {
      negative[i] = (long) (i % 2 == 0 ? -i : i) << 32;
    }
    assertThat(SortedHashSet.of(negative, 0, negative.length))
        .containsExactly(definition(negative, 0, negative.length));
  }

  /**
   * The thread's bucket counts are zeroed after each set: left dirty, every later set would look
   * crowded and quietly fall back to {@link java.util.Arrays#sort} (the same result, so only this
   * shows it).
   */
  @Test
  void uniformSetsOneAfterAnotherStayOnTheBucketPass() {
    for (int round = 0; round < 5; round++) {
      long[] array = new long[3000];
      for (int i = 0; i < array.length; i++) {
        array[i] = Hash64.combine(round, i);
      }
      assertThat(SortedHashSet.bucketed(array, 0, array.length, new int[array.length])).isTrue();
    }
  }

  @Test
  void aRangeOutsideTheArrayIsRefusedBeforeAnyCounting() {
    long[] array = new long[40];
    for (int i = 0; i < array.length; i++) {
      array[i] = Hash64.combine(7, i);
    }
    assertThatThrownBy(() -> SortedHashSet.of(array, 0, 41))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(SortedHashSet.bucketed(array, 0, array.length, new int[array.length])).isTrue();
  }

  private static int[] definition(long[] hashes, int from, int to) {
    TreeSet<Integer> set = new TreeSet<>();
    for (int i = from; i < to; i++) {
      set.add((int) (hashes[i] >>> 32));
    }
    return set.stream().mapToInt(Integer::intValue).toArray();
  }
}
