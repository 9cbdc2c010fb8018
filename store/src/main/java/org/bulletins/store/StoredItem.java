package org.bulletins.store;

import java.util.Objects;
import org.bulletins.model.NewsItem;

/**
 * An item of the store with the id of the story it belongs to.
 *
 * <pre>{@code
 * store.forEachItem(i -> System.out.println(i.storyId() + " " + i.item().title()));
 * }</pre>
 *
 * @param item the item as it was parsed
 * @param storyId the stable id of its story
 * @since 0.2.0
 */
public record StoredItem(NewsItem item, String storyId) {

  /**
   * Validates the item.
   *
   * @param item the item
   * @param storyId the story's id
   */
  public StoredItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(storyId, "storyId");
  }
}
