package org.bulletins.dedup.internal;

import java.util.ArrayList;
import java.util.List;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * The content ids of a merged story's members, in member order, from the content keys the signer
 * computed (a key is the id's 64 bits), so that nobody folds and hashes each member's text again.
 */
final class MemberIds {

  private MemberIds() {}

  /**
   * The ids of a story's members.
   *
   * @param story the story merged from a group
   * @param group the group's item indexes
   * @param items the batch
   * @param contentKeys each item's content key
   * @return the members' ids, in member order
   */
  static List<ContentId> of(
      MergedStory story, int[] group, List<NewsItem> items, long[] contentKeys) {
    List<NewsItem> members = story.members();
    if (group.length == 1 && members.size() == 1) {
      return List.of(ItemSignature.contentIdOf(contentKeys[group[0]]));
    }
    List<ContentId> ids = new ArrayList<>(members.size());
    for (NewsItem member : members) {
      ids.add(idOf(member, group, items, contentKeys));
    }
    return List.copyOf(ids);
  }

  /** The member's id from the group item equal to it (groups are small). */
  private static ContentId idOf(
      NewsItem member, int[] group, List<NewsItem> items, long[] contentKeys) {
    for (int i : group) {
      if (items.get(i).equals(member)) { // equal items have equal content
        return ItemSignature.contentIdOf(contentKeys[i]);
      }
    }
    return member.computeId(); // not one of the group's items: hash it
  }
}
