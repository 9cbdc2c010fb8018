package org.bulletins.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;
import org.bulletins.parser.ItemStream;

/** Reading a generated corpus and its truth table back. */
final class Corpus {

  private Corpus() {}

  /** The first {@code limit} items of a corpus file, streamed. */
  static List<NewsItem> read(Path file, int limit) throws IOException {
    List<NewsItem> items = new ArrayList<>();
    try (ItemStream stream = BulletinParser.create().stream(file)) {
      for (NewsItem item : stream) {
        if (items.size() >= limit) {
          break;
        }
        items.add(item);
      }
    }
    return items;
  }

  /** The engine the benchmarks measure: the defaults, {@code -DmaxTermBlockSize=N} to vary it. */
  static DedupEngine engine() {
    return DedupEngine.of(
        DedupOptions.builder()
            .maxTermBlockSize(
                Integer.getInteger("maxTermBlockSize", DedupOptions.DEFAULT_MAX_TERM_BLOCK_SIZE))
            .build());
  }

  /**
   * The first items of a corpus with their truth.
   *
   * @param items the items
   * @param story each item's story number, from {@code FILE.truth.tsv}
   * @param kind each item's duplicate kind
   */
  record Labelled(List<NewsItem> items, long[] story, String[] kind) {
    int size() {
      return items.size();
    }
  }

  /** The first {@code limit} items of a corpus and their truth, the truth file read once. */
  static Labelled labelled(Path file, int limit) throws IOException {
    List<NewsItem> items = read(file, limit);
    int n = items.size();
    long[] story = new long[n];
    String[] kind = new String[n];
    Map<String, String> intern = new HashMap<>();
    readTruth(
        file,
        n,
        (fields, item) -> {
          story[item] = Long.parseLong(fields[1]);
          kind[item] = intern.computeIfAbsent(fields[2], k -> k);
        });
    return new Labelled(items, story, kind);
  }

  /** Hands the tab-separated fields of the first {@code limit} truth lines to {@code row}. */
  private static void readTruth(
      Path file, int limit, java.util.function.ObjIntConsumer<String[]> row) throws IOException {
    int n = 0;
    try (var lines = Files.lines(Path.of(file + ".truth.tsv"))) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (n >= limit) {
          break;
        }
        String[] f = line.split("\t");
        row.accept(f, Integer.parseInt(f[0]));
        n++;
      }
    }
  }
}
