package org.bulletins.dedup.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A stable sort of a large array on two threads: the halves are sorted apart, then merged, so the
 * result is the one a stable sort ({@link Arrays#sort(Object[], Comparator)}, {@code List.sort})
 * gives. Why: {@code Arrays.parallelSort} sorts on the calling thread alone where the common pool
 * has one worker, that is on two cores, and a million items' clustering edges and stories took a
 * second and a third of a second of one core to sort.
 */
final class TwoThreadSort {

  /** Below this many elements one thread sorts: starting a second costs more than it saves. */
  static final int MIN = 1 << 13;

  private TwoThreadSort() {}

  /**
   * The elements sorted, stably.
   *
   * @param a the elements; reordered
   * @param order the order
   * @return the elements sorted ({@code a} itself, or a new array)
   */
  static <T> T[] sorted(T[] a, Comparator<? super T> order) {
    int n = a.length;
    if (n < MIN) {
      Arrays.sort(a, order);
      return a;
    }
    int mid = n >>> 1;
    IntStream.range(0, 2)
        .parallel()
        .forEach(h -> Arrays.sort(a, h == 0 ? 0 : mid, h == 0 ? mid : n, order));
    T[] out = Arrays.copyOf(a, n);
    int i = 0;
    int j = mid;
    int k = 0;
    while (i < mid && j < n) {
      // The first half's element first on a tie: stable.
      out[k++] = order.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
    }
    while (i < mid) {
      out[k++] = a[i++];
    }
    while (j < n) {
      out[k++] = a[j++];
    }
    return out;
  }
}
