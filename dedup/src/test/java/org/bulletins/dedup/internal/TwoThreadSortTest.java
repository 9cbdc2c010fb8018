package org.bulletins.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sort on two threads gives the order one stable sort gives. */
class TwoThreadSortTest {

  @Test
  void halvesSortedApartAndMergedAreOneStableSortsOrder() {
    // Values ordered by their first field only, so that many tie (the second field, their place
    // in the input, tells whether ties kept their order), on both sides of the size from which
    // two threads sort, halves of equal and unequal lengths included.
    Comparator<long[]> order = Comparator.comparingLong(v -> -v[0]);
    for (int n : new int[] {0, 1, 2, 8191, 8192, 8193, 20_001, 65_536}) {
      SplittableRandom random = new SplittableRandom(n);
      long[][] values = new long[n][];
      for (int i = 0; i < n; i++) {
        values[i] = new long[] {random.nextInt(50), i};
      }
      long[][] expected = values.clone();
      Arrays.sort(expected, order);
      assertThat(TwoThreadSort.sorted(values.clone(), order)).as("n %d", n).isEqualTo(expected);
    }
  }
}
