package org.bulletins.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The story number of each of the first {@code limit} items, from {@code FILE.truth.tsv}. */
  static long[] stories(Path file, int limit) throws IOException {
    long[] story = new long[limit];
    int n = 0;
    try (var lines = Files.lines(Path.of(file + ".truth.tsv"))) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (n >= limit) {
          break;
        }
        String[] f = line.split("\t");
        story[Integer.parseInt(f[0])] = Long.parseLong(f[1]);
        n++;
      }
    }
    return story;
  }

  /** The duplicate kind of each of the first {@code limit} items. */
  static String[] kinds(Path file, int limit) throws IOException {
    String[] kind = new String[limit];
    Map<String, String> intern = new HashMap<>();
    int n = 0;
    try (var lines = Files.lines(Path.of(file + ".truth.tsv"))) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (n >= limit) {
          break;
        }
        String[] f = line.split("\t");
        kind[Integer.parseInt(f[0])] = intern.computeIfAbsent(f[2], k -> k);
        n++;
      }
    }
    return kind;
  }
}
