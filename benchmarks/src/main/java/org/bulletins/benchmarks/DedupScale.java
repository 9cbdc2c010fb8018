package org.bulletins.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupResult;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;
import org.bulletins.model.SourceSpan;

/**
 * Times {@link DedupEngine#deduplicate} on the first N items of a generated corpus and scores the
 * stories against the generator's truth table. Run by {@code scripts/dedup-scaling.sh}; one JVM per
 * size so that heap peaks do not mix.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks.jar org.bulletins.benchmarks.DedupScale CORPUS N [REPEATS]
 * </pre>
 *
 * <p>Prints one line of {@code key=value} fields: items, seconds (median of the repeats), items/s,
 * stories, peak heap (the sum of the heap pools' peak usage, in MiB, parsed items included), pair
 * recall and precision against the truth, and recall per duplicate kind.
 */
public final class DedupScale {

  private DedupScale() {}

  /**
   * The command line.
   *
   * @param args corpus, item count, optional repeats (default 1)
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Corpus.Labelled labelled = Corpus.labelled(corpus, n);
    List<NewsItem> items = labelled.items();
    n = labelled.size();
    long[] story = labelled.story();
    String[] kind = labelled.kind();
    DedupEngine engine = Corpus.engine();
    System.gc();
    long heapBefore = usedHeap();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    double[] seconds = new double[repeats];
    DedupResult result = null;
    for (int r = 0; r < repeats; r++) {
      result = null;
      long start = System.nanoTime();
      result = engine.deduplicate(items);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    java.util.Arrays.sort(seconds);
    double median = seconds[repeats / 2];
    // Score: pairs of items in one output story vs pairs of items of one generated story.
    Map<SourceSpan, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(items.get(i).span(), i);
    }
    int[] outStory = new int[n];
    int s = 0;
    long predicted = 0;
    long correct = 0;
    for (MergedStory st : result.stories()) {
      List<NewsItem> members = st.members();
      int[] idx = members.stream().mapToInt(m -> index.get(m.span())).toArray();
      for (int i : idx) {
        outStory[i] = s;
      }
      for (int a = 0; a < idx.length; a++) {
        for (int b = a + 1; b < idx.length; b++) {
          predicted++;
          if (story[idx[a]] == story[idx[b]]) {
            correct++;
          }
        }
      }
      s++;
    }
    Map<Long, List<Integer>> truth = new HashMap<>();
    for (int i = 0; i < n; i++) {
      truth.computeIfAbsent(story[i], k -> new java.util.ArrayList<>()).add(i);
    }
    long truePairs = 0;
    long found = 0;
    TreeMap<String, long[]> perKind = new TreeMap<>();
    for (List<Integer> group : truth.values()) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          int x = group.get(a);
          int y = group.get(b);
          boolean hit = outStory[x] == outStory[y];
          truePairs++;
          found += hit ? 1 : 0;
          // A pair is credited to the kind of its later member (an original's copies), or to
          // "copy-copy" when both are copies.
          String k =
              kind[x].equals("original")
                  ? kind[y]
                  : kind[y].equals("original") ? kind[x] : "copy-copy";
          long[] c = perKind.computeIfAbsent(k, key -> new long[2]);
          c[0]++;
          c[1] += hit ? 1 : 0;
        }
      }
    }
    StringBuilder kinds = new StringBuilder();
    perKind.forEach(
        (k, c) ->
            kinds.append(String.format(" recall.%s=%.4f(%d)", k, (double) c[1] / c[0], c[0])));
    System.out.printf(
        "items=%d seconds=%.3f all=%s items_per_s=%.0f stories=%d peak_heap_mib=%.1f"
            + " heap_before_mib=%.1f bytes_per_item=%.0f pair_recall=%.4f pair_precision=%.4f true_pairs=%d%s%n",
        n,
        median,
        java.util.Arrays.toString(seconds),
        n / median,
        result.stories().size(),
        peak / 1048576.0,
        heapBefore / 1048576.0,
        (double) peak / n,
        truePairs == 0 ? 1.0 : (double) found / truePairs,
        predicted == 0 ? 1.0 : (double) correct / predicted,
        truePairs,
        kinds);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
