package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.dedup.internal.terms.TermsCodec;
import org.bulletins.model.NewsItem;

/**
 * One jar's work per item in the batch's sign stage, for SigningAB (issue 14, session 25): the
 * signature, the keys and the terms packed as {@code Pipeline.LazyTerms} keeps them. A jar with
 * {@code ItemSigner.signPacked} packs the terms as they are found; an older jar signs with {@code
 * sign} and packs the terms' objects with {@code TermsCodec.encode}, as its batch did. Compiled
 * against the newer jar; the older jar never reaches the method that names {@code signPacked}. The
 * check value sums every key, content key and packed form's hash: equal when both jars give the
 * same keys and the same packed terms.
 */
public final class SignStageLoop {
  private final List<NewsItem> items;
  private final ItemSigner signer = new ItemSigner(DedupOptions.defaults());
  private final boolean packs;

  public SignStageLoop(String corpus, int n) throws Exception {
    this.items = Corpus.read(Path.of(corpus), n);
    boolean found = false;
    for (var m : ItemSigner.class.getMethods()) {
      found |= m.getName().equals("signPacked");
    }
    this.packs = found;
  }

  public int size() {
    return items.size();
  }

  public long round() {
    return packs ? roundPacked() : roundEncoded();
  }

  private long roundPacked() {
    long sink = 0;
    for (NewsItem item : items) {
      ItemSigner.Packed signed = signer.signPacked(item);
      sink += signed.signature().contentKey() ^ signed.terms().hashCode();
      for (long key : signed.keys()) {
        sink += key;
      }
    }
    return sink;
  }

  private long roundEncoded() {
    long sink = 0;
    for (NewsItem item : items) {
      ItemSigner.Signed signed = signer.sign(item);
      String packed = TermsCodec.encode(signed.terms());
      sink += signed.signature().contentKey() ^ packed.hashCode();
      for (long key : signed.keys()) {
        sink += key;
      }
    }
    return sink;
  }
}
