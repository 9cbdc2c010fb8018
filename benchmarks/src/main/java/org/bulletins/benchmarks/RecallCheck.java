package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * Recall against brute force on a sample: every pair of items whose shingle Jaccard is at least 0.8
 * (computed exactly over all pairs) is looked up among the candidates of the full engine (the
 * signer's blocking keys of every item, paired within the block caps), of the text LSH alone (ours
 * and java-LSH's, as benchmarked by {@link CandidatesBenchmark}), and among the final stories of
 * {@code deduplicate}.
 *
 * <pre>
 * java -cp benchmarks.jar org.bulletins.benchmarks.RecallCheck CORPUS [ITEMS=20000] [THRESHOLD=0.8]
 * </pre>
 */
public final class RecallCheck {

  private RecallCheck() {}

  /**
   * The command line.
   *
   * @param args corpus, items, threshold
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    double threshold = args.length > 2 ? Double.parseDouble(args[2]) : 0.8;
    List<NewsItem> items = Corpus.read(corpus, n);
    n = items.size();
    List<Set<String>> shingles = Shingles.of(items);
    long start = System.nanoTime();
    long[] truth = Shingles.pairsAtLeast(Shingles.hashed(shingles), threshold);
    System.out.printf(
        "items=%d threshold=%.2f truth_pairs=%d brute_force_s=%.1f%n",
        n, threshold, truth.length, (System.nanoTime() - start) / 1e9);

    Map<String, Integer> dictionary = new HashMap<>();
    List<Set<Integer>> ids = PeerCandidates.ids(shingles, dictionary);
    PeerCandidates peer = new PeerCandidates(dictionary.size());
    report("text-lsh.bulletins", truth, peer.bulletins(shingles));
    report("text-lsh.java-lsh", truth, peer.javaLsh(ids));

    DedupEngine engine = Corpus.engine();
    start = System.nanoTime();
    long[] all = EngineCandidates.of(engine, items);
    System.out.printf("engine.candidatePairs_s=%.1f%n", (System.nanoTime() - start) / 1e9);
    report("engine.candidates", truth, all);

    start = System.nanoTime();
    DedupResult result = engine.deduplicate(items);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<SourceSpan, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(items.get(i).span(), i);
    }
    int[] story = new int[n];
    int s = 0;
    for (MergedStory st : result.stories()) {
      for (NewsItem m : st.members()) {
        story[index.get(m.span())] = s;
      }
      s++;
    }
    long same = Arrays.stream(truth).filter(p -> story[(int) (p >>> 32)] == story[(int) p]).count();
    System.out.printf(
        "engine.deduplicate recall=%.4f (%d of %d) stories=%d seconds=%.1f%n",
        truth.length == 0 ? 1.0 : (double) same / truth.length,
        same,
        truth.length,
        result.stories().size(),
        seconds);
  }

  private static void report(String name, long[] truth, long[] packed) {
    long found = Arrays.stream(truth).filter(p -> Arrays.binarySearch(packed, p) >= 0).count();
    System.out.printf(
        "%s recall=%.4f (%d of %d) candidates=%d%n",
        name,
        truth.length == 0 ? 1.0 : (double) found / truth.length,
        found,
        truth.length,
        packed.length);
  }
}
