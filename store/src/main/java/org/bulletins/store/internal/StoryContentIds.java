package org.bulletins.store.internal;

import java.util.IdentityHashMap;
import java.util.List;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * The content ids of the stories one ingest writes, each hashed once: a story's id is its merged
 * item's content id, which {@link MergedStory#computeId()} hashes again on every call, and the
 * ingest asks for it twice per story (a fresh story id, then the row). A single-item story's merged
 * item is the item itself, whose id was computed while the file was signed, so most stories of a
 * new file cost no hashing at all. For one thread.
 *
 * <pre>{@code
 * StoryContentIds ids = new StoryContentIds(items, contentIds);
 * String id = ids.of(story); // == story.computeId().value()
 * }</pre>
 */
final class StoryContentIds {

  private final IdentityHashMap<NewsItem, String> byMergedItem = new IdentityHashMap<>();

  /**
   * Knows the content ids of some items already.
   *
   * @param items the items
   * @param ids their content ids, in the same order
   */
  StoryContentIds(List<NewsItem> items, String[] ids) {
    for (int i = 0; i < ids.length; i++) {
      byMergedItem.put(items.get(i), ids[i]);
    }
  }

  /** The content id of a story: {@code story.computeId().value()}, hashed at most once. */
  String of(MergedStory story) {
    return byMergedItem.computeIfAbsent(story.merged(), merged -> merged.computeId().value());
  }
}
