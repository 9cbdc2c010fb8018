package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletins.dedup.CandidateGenerator;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.NewsItem;

/**
 * Where the candidate pairs come from: per blocking-key kind ({@code text}, {@code title},
 * {@code terms}), the keys, the usable blocks (2 items to the cap of {@link
 * DedupOptions#maxBlockSize(String)}), their pairs before
 * de-duplication, the skipped blocks and the largest block; then the distinct pairs.
 *
 * <pre>
 * java -cp benchmarks.jar org.bulletins.benchmarks.BlockStats CORPUS N
 * java -DmaxTermBlockSize=32 -cp benchmarks.jar org.bulletins.benchmarks.BlockStats CORPUS N
 * </pre>
 */
public final class BlockStats {

  private BlockStats() {}

  /**
   * The command line.
   *
   * @param args corpus and item count
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    List<NewsItem> items = Corpus.read(Path.of(args[0]), Integer.parseInt(args[1]));
    DedupEngine engine = Corpus.engine();
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String key : engine.candidates().blockingKeys(items.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, long[]> stats = new TreeMap<>();
    blocks.forEach(
        (key, block) -> {
          long[] s = stats.computeIfAbsent(key.substring(0, key.indexOf(':')), k -> new long[5]);
          int size = block.size();
          int max = engine.options().maxBlockSize(key);
          s[0]++;
          if (size >= 2 && size <= max) {
            s[1]++;
            s[2] += (long) size * (size - 1) / 2;
          }
          if (size > max) {
            s[3]++;
          }
          s[4] = Math.max(s[4], size);
        });
    stats.forEach(
        (kind, s) ->
            System.out.printf(
                "%s keys=%d usable=%d pairs=%d skipped=%d largest=%d%n", kind, s[0], s[1], s[2], s[3], s[4]));
    blocks.entrySet().removeIf(e -> e.getValue().size() > engine.options().maxBlockSize(e.getKey()));
    int distinct = CandidateGenerator.pairsFromBlocks(blocks, Integer.MAX_VALUE).size();
    System.out.printf("items=%d distinct_pairs=%d per_item=%.0f%n", items.size(), distinct, (double) distinct / items.size());
  }
}
