package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The ranks of a restore's kept story numbers, by counting or by sorting, are the same. */
class RestoredGroupRanksTest {

  /**
   * Numbers dense from 0 (as a store gives them), with gaps, negative, or far apart: each number's
   * rank among the distinct ones, ascending, as a sort and a binary search give it.
   */
  @Property(tries = 300)
  void ranksAreThoseOfTheSortedDistinctNumbers(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int count) {
    SplittableRandom random = new SplittableRandom(seed);
    int shape = random.nextInt(4);
    int[] numbers = new int[count];
    for (int i = 0; i < count; i++) {
      numbers[i] =
          switch (shape) {
            case 0 -> random.nextInt(count / 2 + 1); // dense, repeated
            case 1 -> random.nextInt(2 * count + 16); // gaps, within the counting bound
            case 2 -> random.nextInt(4 * count + 40) - count; // negative too
            default -> random.nextInt(); // far apart
          };
    }
    int[] distinct = IntStream.of(numbers).sorted().distinct().toArray();
    int[] expected = IntStream.of(numbers).map(n -> Arrays.binarySearch(distinct, n)).toArray();
    assertThat(IncrementalIndex.ranks(numbers)).containsExactly(expected);
  }

  @Test
  void theLargestCountedNumberAndNoNumbersAreRanked() {
    assertThat(IncrementalIndex.ranks(new int[0])).isEmpty();
    assertThat(IncrementalIndex.ranks(new int[] {17, 0, 17})).containsExactly(1, 0, 1);
    assertThat(IncrementalIndex.ranks(new int[] {18, 0, 18})).containsExactly(1, 0, 1);
    assertThat(IncrementalIndex.ranks(new int[] {Integer.MAX_VALUE, 0})).containsExactly(1, 0);
  }
}
