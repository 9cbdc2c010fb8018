package org.bulletins.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Distinct pairs of blocks, packed {@code left << 32 | right}, sorted: one helper for every peer.
 */
final class Pairs {

  private Pairs() {}

  static long[] of(Collection<? extends List<Integer>> blocks) {
    long total = 0;
    for (List<Integer> block : blocks) {
      total += (long) block.size() * (block.size() - 1) / 2;
    }
    long[] pairs = new long[Math.toIntExact(total)];
    int n = 0;
    for (List<Integer> block : blocks) {
      int[] m = block.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
      for (int i = 0; i < m.length; i++) {
        for (int j = i + 1; j < m.length; j++) {
          pairs[n++] = (long) m[i] << 32 | m[j];
        }
      }
    }
    Arrays.parallelSort(pairs, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || pairs[distinct - 1] != pairs[i]) {
        pairs[distinct++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, distinct);
  }
}
