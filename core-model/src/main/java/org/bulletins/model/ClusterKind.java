package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of group of items a {@link MergedStory} was built from.
 *
 * @since 0.1.0
 */
public enum ClusterKind {
  /** One item with no copy. */
  @JsonProperty("singleton")
  SINGLETON,
  /** Copies whose {@link ContentId}s are all equal: they differ at most in typography. */
  @JsonProperty("exact")
  EXACT,
  /** Copies of one text with edits: other titles, a teaser, another date. */
  @JsonProperty("near-duplicate")
  NEAR_DUPLICATE,
  /** At least one member tells the same event in other words. */
  @JsonProperty("rewrite")
  REWRITE
}
