package org.bulletins.benchmarks;

import info.debatty.java.lsh.MinHash;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.LshBanding;
import org.bulletins.dedup.MinHashSigner;

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
    MinHashSigner signer = new MinHashSigner(PeerCandidates.BANDS * PeerCandidates.ROWS, 42);
    LshBanding banding = new LshBanding(PeerCandidates.BANDS, PeerCandidates.ROWS, "text");
    MinHash peer = new MinHash(PeerCandidates.BANDS * PeerCandidates.ROWS, dictionary.size(), 42L);
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      long[][] signatures = new long[shingles.size()][];
      for (int i = 0; i < signatures.length; i++) {
        signatures[i] = signer.signature(shingles.get(i));
      }
      long t1 = System.nanoTime();
      long keys = 0;
      for (long[] s : signatures) {
        keys += banding.bandKeys(s).size();
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
