package org.bulletins.cli;

import java.util.ArrayList;
import java.util.List;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;
import org.bulletins.model.NewsItem;

/**
 * The content ids of a story's members and of its merged item, each computed once: the merged item
 * of a single-member story is that member, and a merged item whose date, title and paragraphs are
 * one member's has that member's id. Computing an id folds and hashes the whole text, and {@code
 * dedup}'s JSON names every id twice or three times otherwise.
 *
 * @param members the members' ids, in member order
 * @param merged the merged item's id, also the story's id
 */
record StoryIds(List<ContentId> members, ContentId merged) {

  static StoryIds of(MergedStory story) {
    List<ContentId> members = new ArrayList<>(story.members().size());
    for (NewsItem member : story.members()) {
      members.add(member.computeId());
    }
    return of(story, members);
  }

  /** The ids of a story whose members' ids are known (the engine's), in member order. */
  static StoryIds of(MergedStory story, List<ContentId> memberIds) {
    ContentId merged = null;
    NewsItem mergedItem = story.merged();
    for (int i = 0; i < memberIds.size() && merged == null; i++) {
      if (sameContent(story.members().get(i), mergedItem)) {
        merged = memberIds.get(i);
      }
    }
    return new StoryIds(List.copyOf(memberIds), merged != null ? merged : mergedItem.computeId());
  }

  /** The fields {@link ContentId#of} reads, compared as they are (equal text, equal id). */
  private static boolean sameContent(NewsItem a, NewsItem b) {
    return a == b
        || (a.date().equals(b.date())
            && a.title().equals(b.title())
            && a.paragraphs().equals(b.paragraphs()));
  }
}
