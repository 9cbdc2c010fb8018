package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.NewsItem;

/**
 * Where the candidate pairs come from: per blocking-key kind ({@code band} for the text and title
 * LSH bands, {@code terms} for term pairs), the keys, the usable blocks (2 items to the kind's
 * cap), their pairs before de-duplication, the skipped blocks and the largest block; then the
 * distinct pairs.
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
    Map<Long, Integer> blocks = new HashMap<>();
    for (long[] keys : EngineCandidates.keys(engine, items)) {
      for (long key : keys) {
        blocks.merge(key, 1, Integer::sum);
      }
    }
    int termCap = Math.min(engine.options().maxTermBlockSize(), engine.options().maxBlockSize());
    long[][] stats = new long[2][5];
    blocks.forEach(
        (key, size) -> {
          long[] s = stats[key < 0 ? 1 : 0];
          int max = key < 0 ? termCap : engine.options().maxBlockSize();
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
    String[] names = {"band", "terms"};
    for (int k = 0; k < 2; k++) {
      long[] s = stats[k];
      System.out.printf(
          "%s keys=%d usable=%d pairs=%d skipped=%d largest=%d%n",
          names[k], s[0], s[1], s[2], s[3], s[4]);
    }
    int distinct = EngineCandidates.of(engine, items).length;
    System.out.printf(
        "items=%d distinct_pairs=%d per_item=%.0f%n",
        items.size(), distinct, (double) distinct / items.size());
  }
}
