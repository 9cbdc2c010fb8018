package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A field of a {@link NewsItem} that a {@link MergedStory} takes from one of its members.
 *
 * @since 0.1.0
 */
public enum ItemField {
  /** The date. */
  @JsonProperty("date")
  DATE,
  /** The title. */
  @JsonProperty("title")
  TITLE,
  /** The body paragraphs. */
  @JsonProperty("body")
  BODY
}
