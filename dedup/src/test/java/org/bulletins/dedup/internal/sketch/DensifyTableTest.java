package org.bulletins.dedup.internal.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Signatures with densification's first choices looked up in a table are the signatures of the
 * algorithm that hashes every choice (written out below as it was), for sets from one element
 * (every other bin borrows, often past the table) to more elements than bins.
 */
class DensifyTableTest {

  @Property(tries = 500)
  void sameSignatureAsHashingEveryChoice(
      @ForAll @Size(min = 1, max = 300) long[] hashes,
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll long seed) {
    long[] tabled = new OnePermutationMinHash(size, seed).signature(hashes, hashes.length);
    assertThat(tabled).isEqualTo(reference(hashes, size, seed));
  }

  @Property(tries = 200)
  void sameSignatureForTheDefaultSizes(
      @ForAll @Size(min = 1, max = 12) long[] hashes, @ForAll long seed) {
    for (int size : new int[] {100, 16}) {
      long[] tabled = new OnePermutationMinHash(size, seed).signature(hashes, hashes.length);
      assertThat(tabled).isEqualTo(reference(hashes, size, seed));
    }
  }

  /**
   * The sizes where densification's bits change word or fill one exactly (the empty bins are found
   * by the bits of each of two words), with sets small enough to leave most bins empty.
   */
  @Property(tries = 100)
  void sameSignatureAtTheBitWordsEdges(
      @ForAll @Size(min = 1, max = 40) long[] hashes, @ForAll long seed) {
    for (int size : new int[] {1, 2, 16, 63, 64, 65, 100, 127, 128, 129}) {
      long[] tabled = new OnePermutationMinHash(size, seed).signature(hashes, hashes.length);
      assertThat(tabled).as("size %s", size).isEqualTo(reference(hashes, size, seed));
    }
  }

  /** The signature as computed before the table: every (bin, attempt) choice hashed. */
  private static long[] reference(long[] hashes, int size, long seedIn) {
    long seed = Hash64.mix(seedIn ^ 0x6F6E652D7065726DL);
    long[] min = new long[size];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long hash : hashes) {
      long x = Hash64.mix(hash ^ seed);
      int bin = (int) (((x >>> 32) * size) >>> 32);
      long v = Hash64.mix(x + 0x632BE59BD9B4E019L) >>> 1;
      if (v < min[bin]) {
        min[bin] = v;
      }
    }
    for (int bin = 0; bin < size; bin++) {
      if (min[bin] != Long.MAX_VALUE) {
        continue;
      }
      long h = Hash64.combine(seed, bin);
      for (int attempt = 0; ; attempt++) {
        h = Hash64.combine(h, attempt);
        int from = (int) (((h >>> 32) * size) >>> 32);
        if (min[from] != Long.MAX_VALUE && (min[from] & Long.MIN_VALUE) == 0) {
          min[bin] = min[from] | Long.MIN_VALUE;
          break;
        }
      }
    }
    for (int bin = 0; bin < size; bin++) {
      min[bin] &= Long.MAX_VALUE;
    }
    return min;
  }
}
