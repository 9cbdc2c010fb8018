package org.bulletins.dedup;

import java.util.Objects;

/**
 * The survivorship rules that choose, for each field of a merged story, the member that supplies
 * it. Every rule breaks remaining ties the same way: by the member's source and line, then by its
 * content id, so that the choice never depends on input order.
 *
 * <pre>{@code
 * MergePolicy policy = MergePolicy.defaults()
 *     .withTitle(MergePolicy.TitleRule.LONGEST)
 *     .withDate(MergePolicy.DateRule.EARLIEST);
 * DedupEngine engine = DedupEngine.builder().mergePolicy(policy).build();
 * }</pre>
 *
 * @param title how the title is chosen
 * @param body how the body is chosen
 * @param date how the date is chosen
 * @since 0.1.0
 */
public record MergePolicy(TitleRule title, BodyRule body, DateRule date) {

  /** How the merged title is chosen. */
  public enum TitleRule {
    /**
     * The most complete clean title: titles without a site prefix or suffix come first, then titles
     * not written in capitals, then the one with the most words, then the longest.
     */
    MOST_COMPLETE,
    /** The longest title as written, site affixes and all. */
    LONGEST,
    /** The title of the earliest member by source position. */
    FIRST_SEEN
  }

  /** How the merged body is chosen. */
  public enum BodyRule {
    /** The longest body that is not a teaser; the longest teaser only if all are teasers. */
    LONGEST_NON_TEASER,
    /** The body of the earliest member by source position. */
    FIRST_SEEN
  }

  /** How the merged date is chosen. */
  public enum DateRule {
    /**
     * The date most members agree on; on a tie the earliest of the tied dates. Undated members do
     * not vote; with no dated member the story is undated.
     */
    AGREEMENT,
    /** The earliest stated date. */
    EARLIEST,
    /** The latest stated date. */
    LATEST
  }

  /**
   * Validates the policy.
   *
   * @param title how the title is chosen
   * @param body how the body is chosen
   * @param date how the date is chosen
   */
  public MergePolicy {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
  }

  /**
   * The default policy: {@link TitleRule#MOST_COMPLETE}, {@link BodyRule#LONGEST_NON_TEASER},
   * {@link DateRule#AGREEMENT}.
   *
   * @return the default policy
   */
  public static MergePolicy defaults() {
    return new MergePolicy(
        TitleRule.MOST_COMPLETE, BodyRule.LONGEST_NON_TEASER, DateRule.AGREEMENT);
  }

  /**
   * This policy with another title rule.
   *
   * @param rule the title rule
   * @return a new policy
   */
  public MergePolicy withTitle(TitleRule rule) {
    return new MergePolicy(rule, body, date);
  }

  /**
   * This policy with another body rule.
   *
   * @param rule the body rule
   * @return a new policy
   */
  public MergePolicy withBody(BodyRule rule) {
    return new MergePolicy(title, rule, date);
  }

  /**
   * This policy with another date rule.
   *
   * @param rule the date rule
   * @return a new policy
   */
  public MergePolicy withDate(DateRule rule) {
    return new MergePolicy(title, body, rule);
  }
}
