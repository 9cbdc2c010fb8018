package org.bulletins.benchmarks;

import info.debatty.java.lsh.MinHash;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.internal.sketch.Hash64;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.sketch.OnePermutationMinHash;

/**
 * Splits the peer comparison into phases on the same items: our signatures, our band keys, and
 * java-LSH's signatures, repeated so that the later rounds are warm. Not a JMH benchmark; it shows
 * where {@link CandidatesBenchmark}'s time goes.
 *
 * <pre>
 * java -cp benchmarks.jar org.bulletins.benchmarks.PeerPhases CORPUS [N=20000]
 * </pre>
 */
public final class PeerPhases {

  private PeerPhases() {}

  /**
   * The command line.
   *
   * @param args corpus and item count
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    List<Set<String>> shingles = Shingles.of(Corpus.read(Path.of(args[0]), n));
    Map<String, Integer> dictionary = new HashMap<>();
    List<Set<Integer>> ids = PeerCandidates.ids(shingles, dictionary);
    OnePermutationMinHash signer =
        new OnePermutationMinHash(PeerCandidates.BANDS * PeerCandidates.ROWS, 42);
    long[][] hashes =
        shingles.stream()
            .map(s -> s.stream().mapToLong(Hash64::of).toArray())
            .toArray(long[][]::new);
    MinHash peer = new MinHash(PeerCandidates.BANDS * PeerCandidates.ROWS, dictionary.size(), 42L);
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      long[][] signatures = new long[shingles.size()][];
      for (int i = 0; i < signatures.length; i++) {
        signatures[i] = signer.signature(hashes[i], hashes[i].length);
      }
      long t1 = System.nanoTime();
      long keys = 0;
      long[] out = new long[PeerCandidates.BANDS];
      for (long[] s : signatures) {
        keys += ItemSigner.bandKeys(s, PeerCandidates.BANDS, PeerCandidates.ROWS, 1, out, 0);
      }
      long t2 = System.nanoTime();
      long sum = 0;
      for (Set<Integer> set : ids) {
        if (!set.isEmpty()) {
          sum += peer.signature(set)[0];
        }
      }
      long t3 = System.nanoTime();
      System.out.printf(
          "round %d: ours signatures %.2f s, band keys %.2f s (%d) | java-LSH signatures %.2f s (%d)%n",
          round, (t1 - t0) / 1e9, (t2 - t1) / 1e9, keys, (t3 - t2) / 1e9, sum & 1);
    }
  }
}
