package org.bulletins.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.BulletinWriter;
import org.bulletins.store.BulletinStore;
import org.bulletins.store.IngestSource;
import org.bulletins.store.StoryQuery;

/**
 * The story store against one batch deduplication of the same items, in one JVM. The first N items
 * of a generated corpus are written as B bulletin files (default 10); then, alternating, RUNS
 * times:
 *
 * <ul>
 *   <li><b>batch</b>: parse the B files and {@link DedupEngine#deduplicate} all items at once (what
 *       {@code bulletins dedup FILES} does, without the JSON);
 *   <li><b>ingest</b>: a new store, the B files ingested one after the other by one open store;
 *   <li><b>ingest-reopen</b> (with {@code --reopen}): a new store, each file ingested by a store
 *       opened for it alone, as daily runs of {@code bulletins ingest} would.
 * </ul>
 *
 * <p>Then the database's bytes per item, and the median of 5 queries on the last store: a 30-day
 * date range, a full-text search for a title word, each against listing every story (the median of
 * {@code --list-all-runs} listings, default 5; at 1M items one listing takes minutes). {@code
 * --reopen-only} leaves out the one-open-store variant (the daily runs are what counts); {@code
 * --per-file} prints each file's ingest time; {@code --serial} makes the one open store ingest the
 * files one call each rather than with {@link BulletinStore#ingestAll} (the next file prepared
 * while the current one is stored). {@code --files-only} writes the files into the work folder and
 * stops, for scripts that ingest them through the command line.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks.jar org.bulletins.benchmarks.StoreIngest CORPUS N WORKDIR [--batches B]
 *     [--runs R] [--reopen] [--reopen-only] [--per-file] [--serial] [--list-all-runs K] [--files-only]
 * </pre>
 */
public final class StoreIngest {

  private StoreIngest() {}

  /**
   * The command line.
   *
   * @param args corpus, item count, work folder, options
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path work = Path.of(args[2]);
    int batches = 10;
    int runs = 1;
    boolean reopen = false;
    boolean openVariant = true;
    boolean filesOnly = false;
    for (int i = 3; i < args.length; i++) {
      switch (args[i]) {
        case "--batches" -> batches = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--reopen" -> reopen = true;
        case "--reopen-only" -> {
          reopen = true;
          openVariant = false;
        }
        case "--per-file" -> perFile = true;
        case "--heap" -> heap = true;
        case "--serial" -> serial = true;
        case "--list-all-runs" -> listAllRuns = Integer.parseInt(args[++i]);
        case "--files-only" -> filesOnly = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(work);
    List<NewsItem> items = Corpus.read(corpus, n);
    List<Path> files = writeBatches(items, batches, work);
    if (filesOnly) {
      System.out.println(
          "wrote " + files.size() + " files of " + items.size() + " items to " + work);
      return;
    }
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    Path db = work.resolve("store.db");
    for (int run = 1; run <= runs; run++) {
      double batch = seconds(() -> batch(files, contents));
      String line =
          String.format(
              Locale.ROOT,
              "run %d: items=%d batches=%d batch=%.2fs",
              run,
              items.size(),
              batches,
              batch);
      if (openVariant) {
        double ingest = seconds(() -> ingest(db, files, contents, false));
        line += String.format(Locale.ROOT, " ingest=%.2fs ratio=%.2f", ingest, ingest / batch);
      }
      if (reopen) {
        double reopened = seconds(() -> ingest(db, files, contents, true));
        line +=
            String.format(
                Locale.ROOT, " ingest-reopen=%.2fs ratio=%.2f", reopened, reopened / batch);
      }
      System.out.println(line);
    }
    queries(db, items);
  }

  private static boolean perFile;
  // --heap: after each file (outside its time), a full collection and the heap still in use, with
  // the store and its in-memory index alive.
  private static boolean heap;
  // --serial: the one-open-store variant calls ingest(name, bytes) per file instead of ingestAll
  // (which prepares the next file while the current one is stored).
  private static boolean serial;
  private static int listAllRuns = 5;

  private static List<Path> writeBatches(List<NewsItem> items, int batches, Path work)
      throws IOException {
    List<Path> files = new ArrayList<>();
    int size = (items.size() + batches - 1) / batches;
    for (int b = 0; b < batches; b++) {
      Path file = work.resolve(String.format(Locale.ROOT, "batch-%02d.txt", b));
      List<NewsItem> part =
          items.subList(Math.min(items.size(), b * size), Math.min(items.size(), (b + 1) * size));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        BulletinWriter.write(part, out);
      }
      files.add(file);
    }
    return files;
  }

  private static int batch(List<Path> files, List<byte[]> contents) {
    BulletinParser parser = BulletinParser.create();
    List<NewsItem> all = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      all.addAll(parser.parse(contents.get(i), files.get(i).toString()).items());
    }
    return DedupEngine.create().deduplicate(all).stories().size();
  }

  private static long ingest(Path db, List<Path> files, List<byte[]> contents, boolean reopen)
      throws IOException {
    Files.deleteIfExists(db);
    BulletinStore store = BulletinStore.open(db);
    if (!reopen && !serial) {
      // One open store: the files through ingestAll, each file's time from the report before.
      List<IngestSource> sources = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        sources.add(IngestSource.of(files.get(i).toString(), contents.get(i)));
      }
      long[] last = {System.nanoTime()};
      int[] done = {0};
      try {
        store.ingestAll(
            sources,
            report -> {
              long now = System.nanoTime();
              if (perFile) {
                System.out.printf(
                    Locale.ROOT, "  file %d (open): %.2fs%n", done[0], (now - last[0]) / 1e9);
              }
              done[0]++;
              heapAfter(done[0] - 1);
              last[0] = System.nanoTime();
            });
        return store.storyCount();
      } finally {
        store.close();
      }
    }
    try {
      for (int i = 0; i < files.size(); i++) {
        if (reopen && i > 0) {
          store.close();
          store = BulletinStore.open(db);
        }
        long start = System.nanoTime();
        store.ingest(files.get(i).toString(), contents.get(i));
        if (perFile) {
          System.out.printf(
              Locale.ROOT,
              "  file %d (%s): %.2fs%n",
              i,
              reopen ? "reopened" : "open",
              (System.nanoTime() - start) / 1e9);
        }
        heapAfter(i);
      }
      return store.storyCount();
    } finally {
      store.close();
    }
  }

  private static void heapAfter(int file) {
    if (heap) {
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "  heap after file %d and a full GC: %d MiB%n",
          file,
          (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
  }

  private static void queries(Path db, List<NewsItem> items) {
    long bytes = db.toFile().length();
    LocalDate[] days =
        items.stream().flatMap(i -> i.date().stream()).sorted().toArray(LocalDate[]::new);
    LocalDate from = days[days.length / 2];
    StoryQuery range = StoryQuery.all().withSince(from).withUntil(from.plusDays(29));
    String word =
        Arrays.stream(items.get(items.size() / 2).title().split("\\W+"))
            .filter(w -> w.length() >= 6)
            .findFirst()
            .orElse("migrants");
    StoryQuery search = StoryQuery.all().withSearch(word);
    try (BulletinStore store = BulletinStore.openReadOnly(db)) {
      long stories = store.storyCount();
      double all = median(listAllRuns, () -> store.stories(StoryQuery.all()).size());
      int inRange = store.stories(range).size();
      double rangeMs = median(5, () -> store.stories(range).size());
      int found = store.stories(search).size();
      double searchMs = median(5, () -> store.stories(search).size());
      // One page of 20 and the total, as `stories --search WORD --limit 20` prints them: for the
      // same word, and for a word that nearly every story holds.
      StoryQuery page = search.withLimit(20);
      double pageMs = median(5, () -> store.stories(page).size() + store.storyCount(page));
      StoryQuery common = StoryQuery.all().withSearch("the").withLimit(20);
      long commonCount = store.storyCount(common);
      double commonMs = median(5, () -> store.stories(common).size() + store.storyCount(common));
      System.out.println(
          String.format(
              Locale.ROOT,
              "db: %d bytes, %.0f bytes/item, %d stories; list-all=%.1fms; date-range %s..%s:"
                  + " %d stories %.1fms (%.4f of list-all); search '%s': %d stories %.1fms"
                  + " (%.4f of list-all); page of 20 with the count: %.1fms; search 'the' (%d"
                  + " stories): page of 20 with the count %.1fms",
              bytes,
              (double) bytes / items.size(),
              stories,
              all,
              from,
              from.plusDays(29),
              inRange,
              rangeMs,
              rangeMs / all,
              word,
              found,
              searchMs,
              searchMs / all,
              pageMs,
              commonCount,
              commonMs));
    }
  }

  private interface Step {
    Object run() throws Exception;
  }

  private static double seconds(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(int runs, Step step) {
    if (runs <= 0) {
      return Double.NaN;
    }
    double[] ms = new double[runs];
    try {
      for (int i = 0; i < ms.length; i++) {
        ms[i] = seconds(step) * 1000;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }
}
