package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.bulletins.dedup.internal.sketch.OnePermutationMinHash;
import org.bulletins.model.NewsItem;

/**
 * One jar's MinHash signatures alone, for SigningAB: per item, a set of random hashes as large as
 * its words (the text signature, 100 bins) and one as large as its title's words (the title
 * signature, 16 bins), the sizes and bins of the default options. Run: {@code SigningAB A B CORPUS N
 * ROUNDS MinHashLoop "same signatures"}.
 */
public final class MinHashLoop {
  private final long[][] text;
  private final long[][] title;
  private final OnePermutationMinHash textMinHash = new OnePermutationMinHash(100, 7);
  private final OnePermutationMinHash titleMinHash = new OnePermutationMinHash(16, 8);
  private final long[] textOut = new long[100];
  private final long[] titleOut = new long[16];

  public MinHashLoop(String corpus, int n) throws Exception {
    List<NewsItem> items = Corpus.read(Path.of(corpus), n);
    SplittableRandom random = new SplittableRandom(1);
    text = new long[items.size()][];
    title = new long[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      text[i] = random.longs(item.body().split("\\s+").length + 1).toArray();
      title[i] = random.longs(item.title().split("\\s+").length).toArray();
    }
  }

  public int size() {
    return text.length;
  }

  /** Signs every item's two sets once; returns a value made of every result. */
  public long round() {
    long sink = 0;
    for (int i = 0; i < text.length; i++) {
      for (long v : textMinHash.signature(text[i], text[i].length, textOut)) {
        sink += v;
      }
      for (long v : titleMinHash.signature(title[i], title[i].length, titleOut)) {
        sink = sink * 31 + v;
      }
    }
    return sink;
  }
}
