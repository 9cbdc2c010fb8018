package org.bulletins.store;

import java.util.Objects;
import org.bulletins.model.ContentId;
import org.bulletins.model.MergedStory;

/**
 * A story of the store: its stable id, the story itself (members in member order, the merged item,
 * field sources, title variants and the evidence links) and its content id.
 *
 * <pre>{@code
 * StoredStory s = store.story("9f2c...").orElseThrow();
 * s.storyId();                 // the id it has now (an alias resolves to it)
 * s.story().members().size();  // copies merged
 * s.contentId();               // s.story().computeId(), read from the store, not hashed again
 * }</pre>
 *
 * @param storyId the stable id: it stays when members join, and when two stories merge the older id
 *     survives
 * @param story the story
 * @param contentId the content id of the story's merged item ({@link MergedStory#computeId()}) as
 *     computed when the story was written, which the store keeps with the story (a later version
 *     that folded text differently would compute another; the store's is the one it wrote)
 * @since 0.2.0
 */
public record StoredStory(String storyId, MergedStory story, ContentId contentId) {

  /**
   * Validates the story.
   *
   * @param storyId the stable id, not blank
   * @param story the story
   * @param contentId its content id
   */
  public StoredStory {
    Objects.requireNonNull(storyId, "storyId");
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("storyId must not be blank");
    }
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(contentId, "contentId");
  }

  /**
   * A story with the content id computed from it (the canonical constructor takes any id, not
   * checked against the story; none may be null).
   *
   * <pre>{@code
   * new StoredStory("9f2c...", story).contentId().equals(story.computeId()); // true
   * }</pre>
   *
   * @param storyId the stable id, not blank
   * @param story the story
   */
  public StoredStory(String storyId, MergedStory story) {
    this(storyId, story, story.computeId());
  }
}
