package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The clusterer's edge sort on two threads gives the order one sort gives. */
class TwoThreadSortTest {

  @Test
  void halvesSortedApartAndMergedAreOneSortsOrder() {
    // Distinct values under a total order (as the edges' keys are), on both sides of the size from
    // which two threads sort, halves of equal and unequal lengths included.
    Comparator<long[]> order =
        Comparator.<long[]>comparingLong(v -> -v[0]).thenComparingLong(v -> v[1]);
    for (int n : new int[] {0, 1, 2, 8191, 8192, 8193, 20_001, 65_536}) {
      SplittableRandom random = new SplittableRandom(n);
      long[][] values = new long[n][];
      for (int i = 0; i < n; i++) {
        values[i] = new long[] {random.nextInt(50), i}; // many equal first fields
      }
      long[][] expected = values.clone();
      Arrays.sort(expected, order);
      assertThat(StoryClusterer.sortOnTwoThreads(values.clone(), order))
          .as("n %d", n)
          .isEqualTo(expected);
    }
  }
}
