package org.bulletins.benchmarks;

import info.debatty.java.lsh.LSH;
import info.debatty.java.lsh.MinHash;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.NewsItem;

/**
 * Our whole deduplication against java-LSH 0.12's candidate generation alone, on the same parsed
 * items, alternating in one JVM so that both see the same machine load.
 *
 * <ul>
 *   <li>ours: {@link DedupEngine#deduplicate} with the defaults: signatures, all three kinds of
 *       blocking keys, candidate pairs, verification, clustering, merging;
 *   <li>java-LSH: 3-word shingles of each item's title and body as strings, a shared dictionary of
 *       shingle ids, {@code MinHash(100)} signatures, {@code LSH(20 bands)} buckets, and the
 *       distinct pairs of the buckets; shingles, ids and signatures in parallel on all cores, as
 *       ours are.
 * </ul>
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.bulletins.benchmarks.PeerDedup CORPUS [N=100000] [ROUNDS=5]
 * </pre>
 *
 * <p>Prints each round's times and then the medians and their ratio. With {@code
 * -Dpeer.detail=true} each turn's line also gives the process's CPU seconds, the JIT compilers'
 * seconds and each collector's count and milliseconds during the turn: where the early rounds' time
 * goes (issue 14, session 17).
 */
public final class PeerDedup {

  private PeerDedup() {}

  /**
   * The command line.
   *
   * @param args corpus, item count, rounds
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<NewsItem> items = Corpus.read(Path.of(args[0]), n);
    DedupEngine engine = Corpus.engine();
    double[] ours = new double[rounds];
    double[] peer = new double[rounds];
    boolean detail = Boolean.getBoolean("peer.detail");
    for (int r = 0; r < rounds; r++) {
      // Alternate which goes first, so that neither always runs right after a collection.
      for (int turn = 0; turn < 2; turn++) {
        System.gc();
        Meter meter = detail ? new Meter() : null;
        long start = System.nanoTime();
        if ((turn == 0) == (r % 2 == 0)) {
          int stories = engine.deduplicate(items).stories().size();
          ours[r] = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              "round %d ours %.2f s (%d stories)%s%n", r, ours[r], stories, Meter.since(meter));
        } else {
          int pairs = javaLsh(items).length;
          peer[r] = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              "round %d java-LSH candidates %.2f s (%d pairs)%s%n",
              r, peer[r], pairs, Meter.since(meter));
        }
      }
    }
    double oursMedian = median(ours);
    double peerMedian = median(peer);
    System.out.printf(
        "items=%d rounds=%d ours_median_s=%.2f javalsh_median_s=%.2f speedup=%.2fx%n",
        items.size(), rounds, oursMedian, peerMedian, peerMedian / oursMedian);
  }

  /** java-LSH's candidate pairs of the items, from their text. */
  static long[] javaLsh(List<NewsItem> items) {
    int size = DedupOptions.defaults().shingleSize();
    List<Set<String>> shingles = items.parallelStream().map(i -> Shingles.of(i, size)).toList();
    Map<String, Integer> dictionary = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    List<int[]> ids =
        shingles.parallelStream()
            .map(
                set ->
                    set.stream()
                        .mapToInt(x -> dictionary.computeIfAbsent(x, k -> next.getAndIncrement()))
                        .toArray())
            .toList();
    MinHash minHash =
        new MinHash(PeerCandidates.BANDS * PeerCandidates.ROWS, Math.max(1, next.get()), 42L);
    LSH lsh =
        new LSH(PeerCandidates.BANDS, PeerCandidates.PEER_BUCKETS) {
          private static final long serialVersionUID = 1L;
        };
    int[][] buckets =
        ids.parallelStream()
            .map(
                set -> {
                  if (set.length == 0) {
                    return new int[0];
                  }
                  Set<Integer> boxed = new java.util.HashSet<>();
                  for (int id : set) {
                    boxed.add(id);
                  }
                  return lsh.hashSignature(minHash.signature(boxed));
                })
            .toArray(int[][]::new);
    Map<Long, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < buckets.length; i++) {
      for (int stage = 0; stage < buckets[i].length; stage++) {
        blocks
            .computeIfAbsent((long) stage << 32 | buckets[i][stage], k -> new ArrayList<>())
            .add(i);
      }
    }
    return Pairs.of(blocks.values());
  }

  /** The process's CPU, the JIT's time and the collections at the start of a turn. */
  private static final class Meter {
    private final long cpu = processCpu();
    private final long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private final List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
    private final long[] counts = new long[gcs.size()];
    private final long[] millis = new long[gcs.size()];

    Meter() {
      for (int g = 0; g < gcs.size(); g++) {
        counts[g] = gcs.get(g).getCollectionCount();
        millis[g] = gcs.get(g).getCollectionTime();
      }
    }

    /** What happened since {@code m} was made, or nothing without a meter. */
    static String since(Meter m) {
      if (m == null) {
        return "";
      }
      StringBuilder s = new StringBuilder();
      s.append(String.format(" cpu=%.2fs", (processCpu() - m.cpu) / 1e9));
      s.append(
          String.format(
              " jit=%.2fs",
              (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - m.jit) / 1e3));
      for (int g = 0; g < m.gcs.size(); g++) {
        GarbageCollectorMXBean gc = m.gcs.get(g);
        s.append(
            String.format(
                " %s=%d/%dms",
                gc.getName().replace(' ', '_'),
                gc.getCollectionCount() - m.counts[g],
                gc.getCollectionTime() - m.millis[g]));
      }
      return s.toString();
    }

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
