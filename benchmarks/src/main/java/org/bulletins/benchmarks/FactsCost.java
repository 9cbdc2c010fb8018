package org.bulletins.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bulletins.facts.FactExtractor;
import org.bulletins.facts.ItemFacts;
import org.bulletins.model.NewsItem;
import org.bulletins.parser.BulletinParser;

/**
 * What {@code parse --facts} costs next to {@code parse}: the seed pages, held in memory, are
 * parsed (the baseline) and parsed then read for facts, in alternating rounds after a warm-up, on
 * one thread. Prints the median time of each and their ratio. Run by {@code scripts/facts-cost.sh}.
 */
public final class FactsCost {

  private FactsCost() {}

  /**
   * Runs the comparison.
   *
   * @param args the seeds folder (default {@code seeds}) and the rounds (default 30)
   * @throws IOException if the seeds cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        pages.add(Files.readString(file));
      }
    }
    BulletinParser parser = BulletinParser.create();
    FactExtractor extractor = FactExtractor.create();
    int repeat = 200; // the 48 seed items x 200 = 9,600 items per measurement
    long sink = 0;
    long[] parseOnly = new long[rounds];
    long[] withFacts = new long[rounds];
    for (int round = -5; round < rounds; round++) { // 5 warm-up rounds
      long start = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (String page : pages) {
          sink += parser.parse(page, "p").items().size();
        }
      }
      long parsed = System.nanoTime() - start;
      start = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (String page : pages) {
          for (NewsItem item : parser.parse(page, "p").items()) {
            ItemFacts facts = extractor.extract(item);
            sink += facts.countries().size() + facts.numbers().size();
          }
        }
      }
      long both = System.nanoTime() - start;
      if (round >= 0) {
        parseOnly[round] = parsed;
        withFacts[round] = both;
      }
    }
    Arrays.sort(parseOnly);
    Arrays.sort(withFacts);
    double baseline = parseOnly[rounds / 2] / 1e6;
    double facts = withFacts[rounds / 2] / 1e6;
    int perPass = 0;
    for (String page : pages) {
      perPass += parser.parse(page, "p").items().size();
    }
    int items = repeat * perPass;
    System.out.printf(
        "items per measurement: %d (%d seed items x %d); median of %d rounds; checksum %d%n",
        items, perPass, repeat, rounds, sink);
    System.out.printf("parse              %8.1f ms  1.00x%n", baseline);
    System.out.printf("parse + facts      %8.1f ms  %.2fx%n", facts, facts / baseline);
    System.out.printf(
        "facts alone (diff) %8.1f ms  %.2fx (%.1f µs per item)%n",
        facts - baseline, (facts - baseline) / baseline, (facts - baseline) * 1000 / items);
  }
}
