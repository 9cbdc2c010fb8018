package org.bulletins.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class VerdictOrderTest {

  /**
   * The kept verdicts' positions in key order are those a stable sort by (left, right) gives, for
   * keys drawn from a few values (ties on the left key, equal pairs, negative keys) in a few sorted
   * runs or none.
   */
  @Property(tries = 200)
  void positionsComeAsAStableSortOfTheKeys(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n) {
    SplittableRandom random = new SplittableRandom(seed);
    int values = 1 + random.nextInt(50);
    long[] lefts = new long[n];
    long[] rights = new long[n];
    for (int i = 0; i < n; i++) {
      lefts[i] = random.nextInt(values) - values / 2;
      rights[i] = random.nextInt(values) - values / 2;
    }
    if (random.nextBoolean()) { // sorted runs, as files append them
      int run = 1 + random.nextInt(n + 1);
      for (int from = 0; from < n; from += run) {
        int to = Math.min(n, from + run);
        List<Integer> sorted =
            IntStream.range(from, to).boxed().sorted(byKeys(lefts, rights)).toList();
        long[] l = new long[to - from];
        long[] r = new long[to - from];
        for (int k = 0; k < sorted.size(); k++) {
          l[k] = lefts[sorted.get(k)];
          r[k] = rights[sorted.get(k)];
        }
        System.arraycopy(l, 0, lefts, from, l.length);
        System.arraycopy(r, 0, rights, from, r.length);
      }
    }
    int[] expected =
        IntStream.range(0, n).boxed().sorted(byKeys(lefts, rights)).mapToInt(i -> i).toArray();
    assertThat(KeptIndex.sortedByKeys(lefts, rights)).containsExactly(expected);
  }

  private static Comparator<Integer> byKeys(long[] lefts, long[] rights) {
    return Comparator.<Integer>comparingLong(i -> lefts[i]).thenComparingLong(i -> rights[i]);
  }
}
