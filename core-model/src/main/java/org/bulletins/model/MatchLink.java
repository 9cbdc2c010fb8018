package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One pairwise comparison inside a {@link MergedStory}: which two members, and the evidence.
 *
 * <pre>{@code
 * for (MatchLink link : story.links()) {
 *   NewsItem a = story.members().get(link.left());
 *   NewsItem b = story.members().get(link.right());
 *   System.out.println(a.span() + " ~ " + b.span() + ": " + link.evidence().rule());
 * }
 * }</pre>
 *
 * @param left index of one member in {@link MergedStory#members()}
 * @param right index of the other member, greater than {@code left}
 * @param evidence the scores and the verdict
 * @since 0.1.0
 */
public record MatchLink(int left, int right, MatchEvidence evidence) {

  /**
   * Validates the link.
   *
   * @param left index of one member in {@link MergedStory#members()}
   * @param right index of the other member, greater than {@code left}
   * @param evidence the scores and the verdict
   */
  public MatchLink {
    checkArgument(left >= 0, "left must be >= 0, was %s", left);
    checkArgument(right > left, "right (%s) must be > left (%s)", right, left);
    Objects.requireNonNull(evidence, "evidence");
  }
}
