package org.bulletins.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.internal.PairVerifier;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * What deciding "may these two be one story?" from the signatures costs per candidate pair: {@code
 * PairVerifier.mayBeSame} (the signature gate: least counts, set merges cut short) against {@code
 * mayBeSameByRules} (the rules on the three full intersections, as before), over every candidate
 * pair of the first N items of a file, alternating rounds on one thread, timed in the thread's CPU
 * time (so other processes on a loaded machine count less). Checks first that both answer alike on
 * every pair. Run by {@code scripts/gate-cost.sh}.
 */
public final class GateCost {

  private GateCost() {}

  /**
   * Runs the comparison.
   *
   * @param args the file, the number of items and the rounds (the first two are warm-up)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<NewsItem> all = BulletinParser.create().parse(Path.of(args[0])).items();
    List<NewsItem> items = all.subList(0, Math.min(all.size(), Integer.parseInt(args[1])));
    int rounds = Integer.parseInt(args[2]);
    DedupEngine engine = DedupEngine.create();
    ItemSigner signer = new ItemSigner(engine.options());
    ItemSigner.Signed[] signed =
        items.parallelStream().map(signer::sign).toArray(ItemSigner.Signed[]::new);
    ItemSignature[] signatures =
        Arrays.stream(signed).map(ItemSigner.Signed::signature).toArray(ItemSignature[]::new);
    long[][] keys = Arrays.stream(signed).map(ItemSigner.Signed::keys).toArray(long[][]::new);
    signed = null;
    long[] pairs =
        CandidatePairs.of(
                keys, engine.options().maxBlockSize(), engine.options().maxTermBlockSize())
            .all();
    PairVerifier verifier = new PairVerifier(engine.options());
    long kept = 0;
    for (long p : pairs) {
      ItemSignature a = signatures[(int) (p >>> 32)];
      ItemSignature b = signatures[(int) p];
      boolean gate = verifier.mayBeSame(a, b);
      if (gate != verifier.mayBeSameByRules(a, b)) {
        throw new IllegalStateException("the gate and the rules differ on pair " + p);
      }
      kept += gate ? 1 : 0;
    }
    System.out.printf(
        "%d items, %d candidate pairs, %d (%.2f%%) may be one story%n",
        items.size(), pairs.length, kept, 100.0 * kept / pairs.length);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ratios = new double[rounds - 2];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (long p : pairs) {
        sink +=
            verifier.mayBeSameByRules(signatures[(int) (p >>> 32)], signatures[(int) p]) ? 1 : 0;
      }
      long rules = threads.getCurrentThreadCpuTime() - start;
      start = threads.getCurrentThreadCpuTime();
      for (long p : pairs) {
        sink += verifier.mayBeSame(signatures[(int) (p >>> 32)], signatures[(int) p]) ? 1 : 0;
      }
      long gate = threads.getCurrentThreadCpuTime() - start;
      System.out.printf(
          "round %d: rules %.1f ns/pair, gate %.1f ns/pair, ratio %.3f%n",
          round,
          (double) rules / pairs.length,
          (double) gate / pairs.length,
          (double) gate / rules);
      if (round >= 2) {
        ratios[round - 2] = (double) gate / rules;
      }
    }
    Arrays.sort(ratios);
    System.out.printf(
        "median gate/rules CPU per pair: %.3f (sink %d)%n", ratios[ratios.length / 2], sink);
  }
}
