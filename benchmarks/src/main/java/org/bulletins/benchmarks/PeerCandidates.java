package org.bulletins.benchmarks;

import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.CandidateGenerator;
import org.bulletins.dedup.CandidatePair;
import org.bulletins.dedup.LshBanding;
import org.bulletins.dedup.MinHashSigner;

/**
 * Text candidate generation two ways, from the same shingle sets, with the same banding (20 bands
 * of 5 rows) and the same pair extraction ({@link CandidateGenerator#pairsFromBlocks}):
 *
 * <ul>
 *   <li>bulletins: {@link MinHashSigner} (64-bit MurmurHash3 of each shingle, 100 linear hashes)
 *       and {@link LshBanding} band keys;
 *   <li>java-LSH 0.12 ({@code info.debatty.java.lsh}): {@link MinHash#signature(Set)} over shingle
 *       ids, then {@link LSH#hashSignature(int[])} into 2^30 buckets per stage (so that buckets do
 *       not collide by chance; the library's default of 10 would put everything together).
 * </ul>
 */
final class PeerCandidates {

  static final int BANDS = 20;
  static final int ROWS = 5;
  static final int PEER_BUCKETS = 1 << 30;

  private final MinHashSigner signer;
  private final LshBanding banding;
  private final MinHash peerHash;
  private final LSH peerLsh;

  PeerCandidates(int dictionarySize) {
    signer = new MinHashSigner(BANDS * ROWS, 42);
    banding = new LshBanding(BANDS, ROWS, "text");
    peerHash = new MinHash(BANDS * ROWS, dictionarySize, 42L);
    peerLsh = new LSH(BANDS, PEER_BUCKETS) {
      private static final long serialVersionUID = 1L;
    };
  }

  /** Our engine's stages 1 and 2 (text), then pairs. */
  List<CandidatePair> bulletins(List<Set<String>> shingles) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < shingles.size(); i++) {
      for (String key : banding.bandKeys(signer.signature(shingles.get(i)))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return CandidateGenerator.pairsFromBlocks(blocks, Integer.MAX_VALUE);
  }

  /** java-LSH's MinHash and LSH, then the same pairs. */
  List<CandidatePair> javaLsh(List<Set<Integer>> ids) {
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
    return CandidateGenerator.pairsFromBlocks(valuesOnly(blocks.values()), Integer.MAX_VALUE);
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

  /** A map view of some blocks; pairsFromBlocks reads only the values. */
  private static Map<String, List<Integer>> valuesOnly(Collection<List<Integer>> blocks) {
    return new AbstractMap<>() {
      @Override
      public Set<Entry<String, List<Integer>>> entrySet() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Collection<List<Integer>> values() {
        return blocks;
      }
    };
  }
}
