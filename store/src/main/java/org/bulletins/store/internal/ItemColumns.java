package org.bulletins.store.internal;

import java.util.List;
import org.bulletins.model.NewsItem;

/**
 * The JSON columns of a file's new items ({@code items.paragraphs} and {@code items.labels}),
 * encoded ahead of their insert by a thread that would otherwise wait: the ingest's writer thread,
 * once its full-text rows are written, while the main thread adds the items to the index on one
 * core. The items' insert comes after the writer was awaited, which makes the arrays visible to it.
 *
 * <pre>{@code
 * ItemColumns json = new ItemColumns(items.size());
 * json.encode(items);               // on the writer thread
 * insert.setString(8, json.paragraphs(i));
 * }</pre>
 */
final class ItemColumns {

  private final String[] paragraphs;
  private final String[] labels;

  /** Room for a file's items. */
  ItemColumns(int items) {
    this.paragraphs = new String[items];
    this.labels = new String[items];
  }

  /** Encodes the items' columns, in the order of the rows. */
  void encode(List<NewsItem> items) {
    for (int i = 0; i < items.size(); i++) {
      NewsItem item = items.get(i);
      paragraphs[i] = Codec.write(item.paragraphs());
      labels[i] = item.labels().isEmpty() ? null : Codec.write(item.labels());
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
