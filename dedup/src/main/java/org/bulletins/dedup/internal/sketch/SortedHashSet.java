package org.bulletins.dedup.internal.sketch;

import java.util.Arrays;
import java.util.Objects;
import org.bulletins.dedup.internal.text.PerThread;

/**
 * The distinct high 32 bits of some 64-bit hashes, sorted, by a bucket pass and an insertion sort:
 * the hashes are uniform, so after placing each in one of about as many buckets as there are values
 * (by its top bits, the sign bit flipped so that buckets follow signed order), each is at most a
 * few places from where it belongs, and one insertion sort over the whole array finishes in about
 * linear time. Per item signed, three such sets were made by {@link Arrays#sort}, whose comparisons
 * of random values mispredict every other branch (7% of signing).
 *
 * <p>A set whose values crowd into few buckets (a crafted text can choose words whose hashes share
 * top bits) would make the insertion sort quadratic: above {@link #CROWDED} values in one bucket,
 * the set is sorted by {@link Arrays#sort} instead. Either way the result is the same array.
 */
final class SortedHashSet {

  /** Below this many values the bucket pass does not pay. */
  private static final int SMALL = 24;

  /** More values than this in one bucket: sorted by {@link Arrays#sort}. */
  static final int CROWDED = 16;

  /** Bucket counts per thread, zeroed after use: no array per set (three per item signed). */
  private static final PerThread<int[]> STARTS = PerThread.withInitial(() -> new int[1024]);

  /** Above this many buckets a thread does not keep its counts for the next set. */
  private static final int KEPT_BUCKETS = 1 << 16;

  private SortedHashSet() {}

  /**
   * The distinct high 32 bits of {@code hashes[from, to)}, sorted (as signed ints).
   *
   * @param hashes 64-bit hashes, repeats allowed
   * @param from the first
   * @param to the end (exclusive)
   * @return the sorted, distinct values
   */
  static int[] of(long[] hashes, int from, int to) {
    // Checked first: the bucket counts are the thread's, and a count loop that failed halfway
    // would leave them dirty for its next sets.
    Objects.checkFromToIndex(from, to, hashes.length);
    int n = to - from;
    int[] out = new int[n];
    if (n < SMALL || !bucketed(hashes, from, to, out)) {
      for (int i = from; i < to; i++) {
        out[i - from] = (int) (hashes[i] >>> 32);
      }
      Arrays.sort(out);
    } else {
      insertionSort(out);
    }
    return distinct(out);
  }

  /**
   * Writes the values into {@code out} ordered by bucket.
   *
   * @return false, with {@code out} left unordered, if a bucket is crowded
   */
  static boolean bucketed(long[] hashes, int from, int to, int[] out) {
    int n = to - from;
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1); // 2^bits >= n buckets
    int shift = 32 - bits;
    int buckets = 1 << bits;
    int[] starts = STARTS.get();
    if (starts.length < buckets) {
      starts = new int[buckets];
      if (buckets <= KEPT_BUCKETS) {
        STARTS.set(starts);
      }
    }
    for (int i = from; i < to; i++) {
      starts[(((int) (hashes[i] >>> 32)) ^ Integer.MIN_VALUE) >>> shift]++;
    }
    int sum = 0;
    boolean crowded = false;
    for (int b = 0; b < buckets; b++) {
      int count = starts[b];
      crowded |= count > CROWDED;
      starts[b] = sum;
      sum += count;
    }
    if (!crowded) {
      for (int i = from; i < to; i++) {
        int v = (int) (hashes[i] >>> 32);
        out[starts[(v ^ Integer.MIN_VALUE) >>> shift]++] = v;
      }
    }
    Arrays.fill(starts, 0, buckets, 0); // zero for the next set
    return !crowded;
  }

  /** Insertion sort: each value moves only within its bucket, so in about linear time. */
  private static void insertionSort(int[] a) {
    // `j > 0` on the slot before, not `j >= 0`: C2 (JDK 17) deoptimizes the compiled caller, once,
    // when a `>=` bound allows a single pass.
    for (int i = 1; i < a.length; i++) {
      int v = a[i];
      if (a[i - 1] <= v) {
        continue;
      }
      int j = i;
      while (j > 0 && a[j - 1] > v) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = v;
    }
  }

  /** The sorted array without repeats (itself if it has none). */
  private static int[] distinct(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
