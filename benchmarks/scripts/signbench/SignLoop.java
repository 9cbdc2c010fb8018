package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * One jar's per-item signing, for SigningAB: the items read by that jar's parser and signed by its
 * {@link ItemSigner} with the default options, on one thread. Compiled against one jar and loaded
 * into each jar's class loader (ItemSigner.sign has the same signature in both).
 */
public final class SignLoop {
  private final List<NewsItem> items;
  private final ItemSigner signer = new ItemSigner(DedupOptions.defaults());

  public SignLoop(String corpus, int n) throws Exception {
    this.items = Corpus.read(Path.of(corpus), n);
  }

  public int size() {
    return items.size();
  }

  /** Signs every item once; returns a value made of every result, so nothing is optimised away. */
  public long round() {
    long sink = 0;
    for (NewsItem item : items) {
      ItemSigner.Signed signed = signer.sign(item);
      sink += signed.signature().contentKey() ^ signed.keys().length ^ signed.terms().terms().size();
      for (long key : signed.keys()) {
        sink += key;
      }
    }
    return sink;
  }
}
