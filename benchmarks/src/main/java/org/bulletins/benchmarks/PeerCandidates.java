package org.bulletins.benchmarks;

import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.OnePermutationMinHash;

/**
 * Text candidate generation two ways, from the same shingle sets, with the same banding (20 bands
 * of 5 rows) and the same pair extraction ({@link Pairs#of}):
 *
 * <ul>
 *   <li>bulletins: the engine's {@link OnePermutationMinHash} (one 64-bit hash per shingle, optimal
 *       densification) and its band keys ({@link ItemSigner#bandKeys});
 *   <li>java-LSH 0.12 ({@code info.debatty.java.lsh}): {@link MinHash#signature(Set)} over shingle
 *       ids, then {@link LSH#hashSignature(int[])} into 2^30 buckets per stage (so that buckets do
 *       not collide by chance; the library's default of 10 would put everything together).
 * </ul>
 */
final class PeerCandidates {

  static final int BANDS = 20;
  static final int ROWS = 5;
  static final int PEER_BUCKETS = 1 << 30;

  private final OnePermutationMinHash signer;
  private final MinHash peerHash;
  private final LSH peerLsh;

  PeerCandidates(int dictionarySize) {
    signer = new OnePermutationMinHash(BANDS * ROWS, 42);
    peerHash = new MinHash(BANDS * ROWS, dictionarySize, 42L);
    peerLsh =
        new LSH(BANDS, PEER_BUCKETS) {
          private static final long serialVersionUID = 1L;
        };
  }

  /** Our engine's stages 1 and 2 (text), then pairs. */
  long[] bulletins(List<Set<String>> shingles) {
    Map<Long, List<Integer>> blocks = new HashMap<>();
    long[] keys = new long[BANDS];
    for (int i = 0; i < shingles.size(); i++) {
      long[] hashes = shingles.get(i).stream().mapToLong(Hash64::of).toArray();
      int n = ItemSigner.bandKeys(signer.signature(hashes, hashes.length), BANDS, ROWS, 1, keys, 0);
      for (int k = 0; k < n; k++) {
        blocks.computeIfAbsent(keys[k], x -> new ArrayList<>()).add(i);
      }
    }
    return Pairs.of(blocks.values());
  }

  /** java-LSH's MinHash and LSH, then the same pairs. */
  long[] javaLsh(List<Set<Integer>> ids) {
    Map<Long, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Set<Integer> set = ids.get(i);
      if (set.isEmpty()) {
        continue;
      }
      int[] buckets = peerLsh.hashSignature(peerHash.signature(set));
      for (int stage = 0; stage < buckets.length; stage++) {
        blocks.computeIfAbsent((long) stage << 32 | buckets[stage], k -> new ArrayList<>()).add(i);
      }
    }
    return Pairs.of(blocks.values());
  }

  /** Shingles as dense ids, the input java-LSH's MinHash takes. */
  static List<Set<Integer>> ids(List<Set<String>> shingles, Map<String, Integer> dictionary) {
    List<Set<Integer>> out = new ArrayList<>(shingles.size());
    for (Set<String> set : shingles) {
      Set<Integer> s = new java.util.HashSet<>();
      for (String x : set) {
        s.add(dictionary.computeIfAbsent(x, k -> dictionary.size()));
      }
      out.add(s);
    }
    return out;
  }
}
