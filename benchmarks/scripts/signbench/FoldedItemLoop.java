package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.internal.text.FoldedItem;
import org.bulletins.dedup.internal.text.TextShape;
import org.bulletins.model.NewsItem;

/**
 * One jar's {@link FoldedItem#of} of every item (the title and paragraphs folded, the content key's
 * digest), as {@code ItemSigner.sign} starts, for SigningAB (issue 14, session 23). The check value
 * is made of the content keys and folded titles, so two jars that fold alike give the same value.
 */
public final class FoldedItemLoop {
  private final List<NewsItem> items;
  private final String[] stripped;

  public FoldedItemLoop(String corpus, int n) throws Exception {
    items = Corpus.read(Path.of(corpus), n);
    stripped = new String[items.size()];
    for (int i = 0; i < stripped.length; i++) {
      stripped[i] = TextShape.stripSiteAffixes(items.get(i).title());
    }
  }

  public int size() {
    return items.size();
  }

  /** Folds every item once; returns a value made of every content key and folded title. */
  public long round() {
    long sink = 0;
    for (int i = 0; i < stripped.length; i++) {
      FoldedItem folded = FoldedItem.of(items.get(i), stripped[i]);
      sink = sink * 31 + folded.contentKey() + folded.title().hashCode();
    }
    return sink;
  }
}
