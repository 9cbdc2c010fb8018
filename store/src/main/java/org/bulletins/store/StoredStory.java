package org.bulletins.store;

import java.util.Objects;
import org.bulletins.model.MergedStory;

/**
 * A story of the store: its stable id and the story itself (members in member order, the merged
 * item, field sources, title variants and the evidence links).
 *
 * <pre>{@code
 * StoredStory s = store.story("9f2c...").orElseThrow();
 * s.storyId();                 // the id it has now (an alias resolves to it)
 * s.story().members().size();  // copies merged
 * }</pre>
 *
 * @param storyId the stable id: it stays when members join, and when two stories merge the older id
 *     survives
 * @param story the story
 * @since 0.2.0
 */
public record StoredStory(String storyId, MergedStory story) {

  /**
   * Validates the story.
   *
   * @param storyId the stable id, not blank
   * @param story the story
   */
  public StoredStory {
    Objects.requireNonNull(storyId, "storyId");
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("storyId must not be blank");
    }
    Objects.requireNonNull(story, "story");
  }
}
