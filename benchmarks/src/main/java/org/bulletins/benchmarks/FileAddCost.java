package org.bulletins.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.internal.IncrementalIndex;
import org.bulletins.dedup.internal.Pipeline;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * What a store's ingest of one file costs in the dedup index alone: the file is parsed and signed
 * once, then added to a fresh {@code IncrementalIndex} with its changes tracked (as {@code
 * bulletins ingest} adds a file to an empty store), in rounds in one JVM (the first ones warm it
 * up). Prints each round's wall time, the process's CPU time and the calling thread's (the serial
 * part), with the verified pairs and the stories made, which must not change between versions.
 * Compare two versions by running the same command with each jar, alternating, in one window.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks.jar org.bulletins.benchmarks.FileAddCost batch-00.txt 3
 * java -Xmx4g -cp benchmarks.jar org.bulletins.benchmarks.FileAddCost --grown 3 batch-00.txt \
 *     batch-01.txt batch-02.txt batch-03.txt
 * java -Xmx8g -cp benchmarks.jar org.bulletins.benchmarks.FileAddCost --grown-each 1 batch-00.txt \
 *     ... batch-09.txt
 * </pre>
 *
 * <p>{@code --grown-each} times every file's add, not only the last one's (each after a
 * collection): a file's add at each size of the index in one run.
 */
public final class FileAddCost {

  private FileAddCost() {}

  /**
   * Runs the rounds.
   *
   * @param args the file and the number of rounds
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args[0].equals("--grown")) {
      grown(args);
      return;
    }
    if (args[0].equals("--grown-each")) {
      grownEach(args);
      return;
    }
    List<NewsItem> items = BulletinParser.create().parse(Path.of(args[0])).items();
    int rounds = Integer.parseInt(args[1]);
    Pipeline pipeline = new Pipeline(DedupEngine.create().options());
    ItemSigner.Signed[] signed = sign(pipeline, items);
    for (int round = 0; round < rounds; round++) {
      System.gc();
      IncrementalIndex index = new IncrementalIndex(pipeline);
      index.trackChanges();
      timedAdd(round, index, items, signed);
    }
  }

  /**
   * {@code --grown ROUNDS FILE... LAST}: each round adds the files to a fresh index untimed (as
   * files ingested before, in one open store), then times the add of the last one into the grown
   * index, with changes tracked as a store tracks them.
   */
  private static void grown(String[] args) throws IOException {
    int rounds = Integer.parseInt(args[1]);
    Pipeline pipeline = new Pipeline(DedupEngine.create().options());
    List<List<NewsItem>> files = new ArrayList<>();
    List<ItemSigner.Signed[]> signatures = new ArrayList<>();
    for (int f = 2; f < args.length; f++) {
      List<NewsItem> items = BulletinParser.create().parse(Path.of(args[f])).items();
      files.add(items);
      signatures.add(sign(pipeline, items));
    }
    int last = files.size() - 1;
    for (int round = 0; round < rounds; round++) {
      IncrementalIndex index = new IncrementalIndex(pipeline);
      index.trackChanges();
      for (int f = 0; f < last; f++) {
        index.addSigned(files.get(f), signatures.get(f));
        index.takeChangedStories();
      }
      System.gc();
      timedAdd(round, index, files.get(last), signatures.get(last));
    }
  }

  /**
   * {@code --grown-each ROUNDS FILE...}: each round times the add of every file into a fresh index
   * that holds the files before it; each file is parsed and signed at its turn, untimed, and its
   * signatures (with their terms) dropped after its add, so that a 1M index fits a modest heap.
   */
  private static void grownEach(String[] args) throws IOException {
    int rounds = Integer.parseInt(args[1]);
    Pipeline pipeline = new Pipeline(DedupEngine.create().options());
    for (int round = 0; round < rounds; round++) {
      IncrementalIndex index = new IncrementalIndex(pipeline);
      index.trackChanges();
      for (int f = 2; f < args.length; f++) {
        List<NewsItem> items = BulletinParser.create().parse(Path.of(args[f])).items();
        ItemSigner.Signed[] signed = sign(pipeline, items);
        System.gc();
        timedAdd(round, index, items, signed);
      }
    }
  }

  private static ItemSigner.Signed[] sign(Pipeline pipeline, List<NewsItem> items) {
    ItemSigner.Signed[] signed = new ItemSigner.Signed[items.size()];
    IntStream.range(0, items.size())
        .parallel()
        .forEach(i -> signed[i] = pipeline.signer().sign(items.get(i)));
    return signed;
  }

  private static void timedAdd(
      int round, IncrementalIndex index, List<NewsItem> items, ItemSigner.Signed[] signed) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int held = index.items().size();
    long verifiedBefore = index.verifications();
    Instant began = Instant.now();
    long wall = System.nanoTime();
    long cpu = os.getProcessCpuTime();
    long thread = threads.getCurrentThreadCpuTime();
    index.addSigned(items, signed);
    wall = System.nanoTime() - wall;
    cpu = os.getProcessCpuTime() - cpu;
    thread = threads.getCurrentThreadCpuTime() - thread;
    Instant ended = Instant.now();
    long verified = index.verifications() - verifiedBefore;
    long merge = os.getProcessCpuTime();
    int stories = index.takeChangedStories().size();
    merge = os.getProcessCpuTime() - merge;
    System.out.printf(
        "round %d: %d items into %d, add wall %.2f s, process CPU %.2f s, this thread's CPU %.2f s,"
            + " %d pairs verified, %d stories (merged in %.2f s process CPU); add from %s to %s%n",
        round,
        items.size(),
        held,
        wall / 1e9,
        cpu / 1e9,
        thread / 1e9,
        verified,
        stories,
        merge / 1e9,
        began,
        ended);
  }
}
