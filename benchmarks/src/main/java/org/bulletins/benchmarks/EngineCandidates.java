package org.bulletins.benchmarks;

import java.util.List;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.dedup.internal.sketch.CandidatePairs;
import org.bulletins.dedup.internal.sketch.ItemSigner;
import org.bulletins.model.NewsItem;

/** The engine's candidate pairs of every item (copies too), from its internal stages. */
final class EngineCandidates {

  private EngineCandidates() {}

  /** Each item's blocking keys, signed in parallel. */
  static long[][] keys(DedupEngine engine, List<NewsItem> items) {
    ItemSigner signer = new ItemSigner(engine.options());
    return items.parallelStream().map(i -> signer.sign(i).keys()).toArray(long[][]::new);
  }

  /** The distinct pairs, packed and sorted. */
  static long[] of(DedupEngine engine, List<NewsItem> items) {
    return CandidatePairs.of(
            keys(engine, items),
            engine.options().maxBlockSize(),
            engine.options().maxTermBlockSize())
        .all();
  }
}
