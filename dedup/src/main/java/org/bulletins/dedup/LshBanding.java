package org.bulletins.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.util.List;
import java.util.Objects;

/**
 * Stage 2: locality-sensitive hashing of MinHash signatures into band keys. Immutable and
 * thread-safe.
 *
 * <p>A signature of {@code b * r} values is cut into {@code b} bands of {@code r} rows; each band
 * is hashed to a key. Two items become candidates when they share at least one key. For two sets of
 * Jaccard similarity {@code s}, one band agrees with probability {@code s^r}, so
 *
 * <pre>
 *   P(candidate) = 1 - (1 - s^r)^b
 * </pre>
 *
 * an S-curve whose steepest point lies near {@code t = (1/b)^(1/r)}. With the engine's defaults for
 * text, {@code b = 20, r = 5}: {@code t ≈ 0.55}; {@code P(0.3) ≈ 0.05}, {@code P(0.5) ≈ 0.47},
 * {@code P(0.7) ≈ 0.975}, {@code P(0.8) ≈ 0.9996}. For titles, {@code b = 8, r = 2}: {@code t ≈
 * 0.35}, {@code P(0.5) ≈ 0.90}, {@code P(0.7) ≈ 0.995}. Pairs below the curve (teasers, rewrites)
 * are found by blocking on titles and on pairs of distinctive terms instead, see {@link
 * CandidateGenerator}.
 *
 * <pre>{@code
 * LshBanding banding = new LshBanding(20, 5, "text");
 * List<String> keys = banding.bandKeys(signature); // 20 keys such as "text:07:3f2a9c..."
 * LshBanding.probability(0.7, 20, 5);               // 0.975...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LshBanding {

  private final int bands;
  private final int rows;
  private final String prefix;

  /**
   * Creates a banding.
   *
   * @param bands the number of bands, at least 1
   * @param rows the rows per band, at least 1
   * @param prefix a name that keeps these keys apart from other bandings' keys
   */
  public LshBanding(int bands, int rows, String prefix) {
    checkArgument(bands >= 1, "bands must be >= 1, was %s", bands);
    checkArgument(rows >= 1, "rows must be >= 1, was %s", rows);
    this.bands = bands;
    this.rows = rows;
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  /**
   * The signature size this banding expects.
   *
   * @return {@code bands * rows}
   */
  public int signatureSize() {
    return bands * rows;
  }

  /**
   * The band keys of a signature; none for the signature of an empty set.
   *
   * @param signature a signature of {@link #signatureSize()} values
   * @return one key per band, {@code prefix:band:hash}
   */
  public List<String> bandKeys(long[] signature) {
    checkArgument(
        signature.length == signatureSize(),
        "signature has %s values, banding needs %s",
        signature.length,
        signatureSize());
    if (java.util.Arrays.stream(signature).allMatch(v -> v == -1L)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> keys = ImmutableList.builderWithExpectedSize(bands);
    for (int band = 0; band < bands; band++) {
      Hasher hasher = Hashing.murmur3_128().newHasher();
      for (int row = 0; row < rows; row++) {
        hasher.putLong(signature[band * rows + row]);
      }
      // As String.format("%s:%02d:%s", ...), without parsing a format per key.
      StringBuilder key = new StringBuilder(prefix.length() + 40).append(prefix).append(':');
      if (band < 10) {
        key.append('0');
      }
      keys.add(key.append(band).append(':').append(hasher.hash()).toString());
    }
    return keys.build();
  }

  /**
   * The probability that two sets of Jaccard similarity {@code s} share a band key.
   *
   * @param s the Jaccard similarity, 0 to 1
   * @param bands the number of bands
   * @param rows the rows per band
   * @return {@code 1 - (1 - s^rows)^bands}
   */
  public static double probability(double s, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
