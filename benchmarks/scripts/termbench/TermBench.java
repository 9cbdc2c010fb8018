package org.bulletins.dedup;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.internal.terms.TermExtractor;
import org.bulletins.model.NewsItem;

/**
 * Term extraction per item: the String-per-word extractor (LegacyTermExtractor, in dedup's tests)
 * against the current one, alternating in one JVM. Run by benchmarks/scripts/term-extraction-ab.sh.
 */
public class TermBench {
  public static void main(String[] args) throws Exception {
    Class<?> corpus = Class.forName("org.bulletins.benchmarks.Corpus");
    Method read = corpus.getDeclaredMethod("read", Path.class, int.class);
    read.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<NewsItem> items =
        (List<NewsItem>) read.invoke(null, Path.of(args[0]), Integer.parseInt(args[1]));
    TermExtractor now = TermExtractor.create();
    int rounds = Integer.parseInt(args[2]);
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (NewsItem i : items) {
        sink += LegacyTermExtractor.extract(i).occurrences().size();
      }
      long t1 = System.nanoTime();
      for (NewsItem i : items) {
        sink += now.extract(i).occurrences().size();
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "round %d: legacy %.2f us/item, offsets %.2f us/item, ratio %.3f%n",
          r,
          (t1 - t0) / 1e3 / items.size(),
          (t2 - t1) / 1e3 / items.size(),
          (double) (t2 - t1) / (t1 - t0));
    }
    System.out.println("sink " + sink);
  }
}
