package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.NewsItem;
import org.bulletins.model.TextFolding;

/**
 * One jar's {@link TextFolding#fold} of every title and paragraph of the first N items (what
 * signing folds: FoldedItem folds each paragraph that is not plain ASCII and the title), for
 * SigningAB (issue 14, session 18); "us/item" is per item. The check value is made of the folds'
 * strings, so two jars that fold alike give the same value.
 */
public final class FoldLoop {
  private final List<String> texts = new ArrayList<>();
  private final int items;

  public FoldLoop(String corpus, int n) throws Exception {
    List<NewsItem> read = Corpus.read(Path.of(corpus), n);
    items = read.size();
    for (NewsItem item : read) {
      texts.add(item.title());
      texts.addAll(item.paragraphs());
    }
  }

  public int size() {
    return items;
  }

  /** Folds every text once; returns a value made of every fold. */
  public long round() {
    long sink = 0;
    for (String text : texts) {
      sink = sink * 31 + TextFolding.fold(text).hashCode();
    }
    return sink;
  }
}
