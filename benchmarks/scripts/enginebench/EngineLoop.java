package org.bulletins.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.bulletins.dedup.DedupEngine;
import org.bulletins.model.NewsItem;

/**
 * One jar's whole engine, for SigningAB (engine-ab.sh): the items read by that jar's parser and deduplicated by its
 * {@link DedupEngine} with the benchmarks' options (as PeerDedup runs it). Compiled against one jar
 * and loaded into each jar's class loader.
 */
public final class EngineLoop {
  private final List<NewsItem> items;
  private final DedupEngine engine = Corpus.engine();

  public EngineLoop(String corpus, int n) throws Exception {
    this.items = Corpus.read(Path.of(corpus), n);
  }

  /** Deduplicates the items once; returns the number of stories. */
  public long round() {
    return engine.deduplicate(items).stories().size();
  }
}
