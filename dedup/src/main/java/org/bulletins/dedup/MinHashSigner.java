package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * Stage 1: MinHash signatures of shingle sets. Immutable and thread-safe.
 *
 * <p>Each shingle is hashed once to 64 bits with seeded MurmurHash3 ({@link
 * Hashing#murmur3_128(int)}); the {@code i}-th MinHash value is the least {@code a_i * h + b_i}
 * (64-bit wrap-around, compared unsigned) over the shingles, with odd {@code a_i} and any {@code
 * b_i} drawn from a {@link SplittableRandom} seeded with the hash seed. The probability that two
 * sets agree on one value is their Jaccard similarity. Same seed, same signatures, on every
 * machine.
 *
 * <pre>{@code
 * MinHashSigner signer = new MinHashSigner(100, DedupOptions.DEFAULT_HASH_SEED);
 * long[] sig = signer.signature(Set.of("iom trains igm", "trains igm staff"));
 * MinHashSigner.estimateJaccard(sig, other); // share of equal values
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MinHashSigner {

  private final long seed;
  private final HashFunction hash;
  private final long[] multipliers;
  private final long[] addends;

  /**
   * Creates a signer.
   *
   * @param size the number of MinHash values per signature, at least 1
   * @param seed the hash seed
   */
  public MinHashSigner(int size, long seed) {
    checkArgument(size >= 1, "size must be >= 1, was %s", size);
    this.seed = seed;
    this.hash = Hashing.murmur3_128((int) (seed ^ (seed >>> 32)));
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[size];
    addends = new long[size];
    for (int i = 0; i < size; i++) {
      multipliers[i] = random.nextLong() | 1L;
      addends[i] = random.nextLong();
    }
  }

  /**
   * The number of values per signature.
   *
   * @return the size
   */
  public int size() {
    return multipliers.length;
  }

  /**
   * The seed the signer was made with.
   *
   * @return the hash seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The MinHash signature of a set of shingles. The empty set has the signature of all {@code -1}
   * (the largest unsigned value), which {@link LshBanding} never buckets.
   *
   * @param shingles the shingles
   * @return {@link #size()} values, in a new array that the caller owns
   */
  public long[] signature(Collection<String> shingles) {
    // Values are kept with the sign bit flipped, so that a signed, branch-free Math.min orders
    // them as unsigned; flipped back at the end. hashBytes(UTF-8 bytes) is hashString(UTF_8) by
    // Guava's contract, without the per-char streaming path.
    long[] min = new long[multipliers.length];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    long[] a = multipliers;
    long[] b = addends;
    for (String shingle : shingles) {
      long h = hash.hashBytes(shingle.getBytes(StandardCharsets.UTF_8)).asLong();
      for (int i = 0; i < min.length; i++) {
        min[i] = Math.min(min[i], (a[i] * h + b[i]) ^ Long.MIN_VALUE);
      }
    }
    for (int i = 0; i < min.length; i++) {
      min[i] ^= Long.MIN_VALUE;
    }
    return min;
  }

  /**
   * Estimates the Jaccard similarity of two sets from their signatures.
   *
   * @param a one signature
   * @param b another signature of the same size
   * @return the share of positions where they agree
   */
  public static double estimateJaccard(long[] a, long[] b) {
    checkArgument(a.length == b.length, "signatures differ in size");
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
