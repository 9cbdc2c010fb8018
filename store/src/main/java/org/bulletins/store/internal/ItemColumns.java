package org.bulletins.store.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bulletins.model.NewsItem;

/**
 * The JSON columns of a file's new items ({@code items.paragraphs} and {@code items.labels}),
 * encoded ahead of their insert by threads that would otherwise wait: the ingest's writer thread,
 * once its full-text rows are written, while the main thread adds the items to the index on one
 * core; and the main thread, once the add is done, if the writer is still on its full-text rows
 * (then the JSON no longer waits behind them). The two take chunks of items in turn, each chunk
 * once. The items' insert comes after both were done (the writer awaited), which makes the arrays
 * visible to it.
 *
 * <pre>{@code
 * ItemColumns json = new ItemColumns(items.size());
 * json.encode(items);               // on the writer thread, and on the main thread
 * insert.setString(8, json.paragraphs(i));
 * }</pre>
 */
final class ItemColumns {

  // Small enough that the thread that arrives second still finds work; large enough that the
  // counter is not contended.
  private static final int CHUNK = 256;

  private final String[] paragraphs;
  private final String[] labels;
  private final AtomicInteger next = new AtomicInteger();

  /** Room for a file's items. */
  ItemColumns(int items) {
    this.paragraphs = new String[items];
    this.labels = new String[items];
  }

  /**
   * Encodes the items' columns that no other thread took, a chunk at a time; returns when every
   * chunk was taken (the last ones may still be encoded by another thread).
   */
  void encode(List<NewsItem> items) {
    for (int from; (from = next.getAndAdd(CHUNK)) < items.size(); ) {
      int to = Math.min(items.size(), from + CHUNK);
      for (int i = from; i < to; i++) {
        NewsItem item = items.get(i);
        paragraphs[i] = Codec.write(item.paragraphs());
        labels[i] = item.labels().isEmpty() ? null : Codec.write(item.labels());
      }
    }
  }

  /** The item's paragraphs as a JSON array of strings. */
  String paragraphs(int item) {
    return paragraphs[item];
  }

  /** The item's labels as a JSON array of strings, or null if it has none (the column's NULL). */
  String labels(int item) {
    return labels[item];
  }
}
