package org.bulletins.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.bulletins.dedup.internal.Postings;

/**
 * What a file's batch costs in a grown table of blocks alone ({@code Postings.Batch.finish}, as a
 * store adds a file of 100k items to the index of everything stored): a table is filled in bulk
 * with the keys of {@code held} units, then a batch adds the keys of {@code added} new units, in
 * rounds (a fresh table each). Keys are drawn from a space about as large as the additions, so most
 * are carried by one unit and some by many, as blocking keys are. Prints each round's wall time of
 * the batch's finish and this thread's CPU time in it, with the arrivals seen and the units they
 * met (which must not change between versions).
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar org.bulletins.benchmarks.PostingsBatchCost 300000 100000 60 3
 * </pre>
 */
public final class PostingsBatchCost {

  private PostingsBatchCost() {}

  /**
   * Runs the rounds.
   *
   * @param args units held, units added, keys per unit, rounds
   */
  public static void main(String[] args) {
    int held = Integer.parseInt(args[0]);
    int added = Integer.parseInt(args[1]);
    int keysPerUnit = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    long space = (long) (held + added) * keysPerUnit;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      SplittableRandom random = new SplittableRandom(42);
      Postings postings = new Postings();
      Postings.Filling filling = postings.filling();
      filling.reserve((long) held * keysPerUnit);
      for (int unit = 0; unit < held; unit++) {
        for (int k = 0; k < keysPerUnit; k++) {
          filling.add(key(random, space), unit);
        }
      }
      filling.finish(key -> 200);
      Postings.Batch batch = postings.batch();
      batch.reserve((long) added * keysPerUnit);
      for (int unit = held; unit < held + added; unit++) {
        for (int k = 0; k < keysPerUnit; k++) {
          batch.add(key(random, space), unit);
        }
      }
      System.gc();
      long[] seen = new long[2];
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      batch.finish(
          key -> 200,
          (key, unit, slot, before) -> {
            if (before > 0) {
              seen[0]++;
              seen[1] += before;
            }
          });
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      long[] phases = batch.phaseNanos();
      System.out.printf(
          "round %d: %d keys, finish wall %.3f s (sort %.3f, grow %.3f, place %.3f),"
              + " this thread's CPU %.3f s, %d arrivals at %d units%n",
          round,
          postings.keys(),
          wall / 1e9,
          phases[0] / 1e9,
          phases[1] / 1e9,
          phases[2] / 1e9,
          cpu / 1e9,
          seen[0],
          seen[1]);
    }
  }

  /** A blocking key: a hash of a number drawn from the space (repeats make blocks). */
  private static long key(SplittableRandom random, long space) {
    long n = random.nextLong(space);
    long h = n * 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 31);
  }
}
