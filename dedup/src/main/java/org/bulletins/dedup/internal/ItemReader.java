package org.bulletins.dedup.internal;

import org.bulletins.model.NewsItem;

/**
 * Where an index restored without its items' texts reads an item back (a store reads its row),
 * called one at a time.
 */
public interface ItemReader {

  /**
   * The item at a position of the index, exactly as it was added.
   *
   * @param position its position in {@code IncrementalIndex.items()}
   * @return the item
   * @throws RuntimeException the reader's own exception if it cannot be read (the index lets it
   *     through)
   */
  NewsItem read(int position);

  /**
   * The items at some positions, in their order: one query for many rather than one each, for the
   * items a file's verification or merging is about to need.
   *
   * @param positions ascending, distinct positions
   * @return their items
   * @throws RuntimeException the reader's own exception if one cannot be read
   */
  default NewsItem[] readAll(int[] positions) {
    NewsItem[] out = new NewsItem[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = read(positions[i]);
    }
    return out;
  }
}
