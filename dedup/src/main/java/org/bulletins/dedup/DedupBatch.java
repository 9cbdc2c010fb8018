package org.bulletins.dedup;

import java.util.Objects;
import org.bulletins.dedup.internal.BatchDedup;
import org.bulletins.dedup.internal.StreamingBatch;
import org.bulletins.model.NewsItem;

/**
 * A batch deduplication fed one item at a time, for items that arrive from a reader: items are
 * signed on the other cores while more are added, so reading and signing overlap. {@link #result()}
 * gives exactly what {@link DedupEngine#deduplicate(java.util.List)} gives for the same items in
 * the same order. Not thread-safe: one thread adds; use it once.
 *
 * <pre>{@code
 * DedupBatch batch = engine.newBatch();
 * for (NewsItem item : parser.parse(text, "feed.txt").items()) {
 *   batch.add(item);
 * }
 * DedupResult result = batch.result();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DedupBatch {

  private final StreamingBatch batch;

  DedupBatch(DedupEngine engine) {
    this.batch = new StreamingBatch(engine.pipeline());
  }

  /**
   * Adds an item.
   *
   * <pre>{@code
   * batch.add(item);
   * }</pre>
   *
   * @param item the item; equal items may repeat
   * @return this batch
   * @throws IllegalStateException after {@link #result()}
   */
  public DedupBatch add(NewsItem item) {
    batch.add(Objects.requireNonNull(item, "item"));
    return this;
  }

  /**
   * The number of items added so far.
   *
   * <pre>{@code
   * int read = batch.size();
   * }</pre>
   *
   * @return the count
   */
  public int size() {
    return batch.size();
  }

  /**
   * Deduplicates the items added: every item ends in exactly one story. Ends the batch.
   *
   * <pre>{@code
   * DedupResult result = batch.result();
   * }</pre>
   *
   * @return the stories, sorted by their first member's source and line, with their members'
   *     content ids
   * @throws IllegalStateException when called twice
   */
  public DedupResult result() {
    int n = batch.size();
    BatchDedup.Outcome outcome = batch.finish();
    return new DedupResult(outcome.stories(), n, outcome.memberIds());
  }
}
