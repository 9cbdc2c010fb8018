package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/**
 * One jar's blocks and pairs (the engine's "blocks" stage and the pairs it hands to verification),
 * for SigningAB (blocks-ab.sh): the items read and signed once by that jar, then each round sorts a
 * copy of their blocking keys into blocks ({@link CandidatePairs#of}) and walks every chunk of
 * distinct pairs. Compiled against one jar and loaded into each jar's class loader.
 */
public final class BlocksLoop {
  private final long[][] keys;
  private final long[] epochDay;
  private final DedupOptions options = DedupOptions.defaults();

  public BlocksLoop(String corpus, int n) throws Exception {
    List<NewsItem> items = Corpus.read(Path.of(corpus), n);
    ItemSigner signer = new ItemSigner(options);
    keys = new long[items.size()][];
    epochDay = new long[items.size()];
    for (int i = 0; i < keys.length; i++) {
      ItemSigner.Signed signed = signer.sign(items.get(i));
      keys[i] = signed.keys();
      epochDay[i] = signed.signature().epochDay();
    }
  }

  /** Blocks and pairs once; returns a value made of every pair, so nothing is optimised away. */
  public long round() {
    long[][] copy = new long[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      copy[i] = keys[i].clone();
    }
    CandidatePairs blocks =
        CandidatePairs.of(
            copy,
            options.maxBlockSize(),
            options.maxTermBlockSize(),
            epochDay,
            options.dateWindowDays());
    long[] sink = {0};
    long distinct =
        blocks.forEachChunk(
            CandidatePairs.DEFAULT_CHUNK_PAIRS,
            (pairs, size) -> {
              for (int p = 0; p < size; p++) {
                sink[0] = sink[0] * 31 + pairs[p];
              }
            });
    return sink[0] ^ distinct;
  }
}
