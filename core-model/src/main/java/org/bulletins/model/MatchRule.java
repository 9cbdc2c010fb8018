package org.bulletins.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The rule that decided whether two items tell the same story. Each rule knows its verdict; its
 * {@link #id()} is its name in JSON and in text output ({@code "exact-copy"}, {@code "rewrite"}).
 *
 * <pre>{@code
 * MatchEvidence e = engine.explain(a, b);
 * if (e.rule() == MatchRule.REWRITE) { ... }
 * e.rule().sameStory(); // the verdict
 * MatchRule.fromId("teaser-contained"); // TEASER_CONTAINED
 * }</pre>
 *
 * @since 0.1.0
 */
public enum MatchRule {
  /** Same content id: the same date, title and body, whatever their typography. */
  EXACT_COPY("exact-copy", true),
  /** Same folded title and body (site affixes and teaser endings aside), another date. */
  SAME_TEXT("same-text", true),
  /** Nearly the same body; the title may have changed. */
  SAME_BODY("same-body", true),
  /** One body nearly contains the other, and the titles agree. */
  NEAR_DUPLICATE("near-duplicate", true),
  /** A teaser or a much shorter text contained in the other. */
  TEASER_CONTAINED("teaser-contained", true),
  /** Short or missing bodies under nearly the same title. */
  SAME_TITLE("same-title", true),
  /** The same story in other words: shared content words and distinctive terms. */
  REWRITE("rewrite", true),
  /** Both dated, further apart than the date window. */
  DATE_CONFLICT("date-conflict", false),
  /** A distinctive term contradicts the other item's (another number, country or institution). */
  TERM_CONFLICT("term-conflict", false),
  /** No rule that says "same story" applied. */
  DISSIMILAR("dissimilar", false),
  /**
   * Items in two languages whose date, numbers, organisations and countries agree: a translation.
   * The evidence's shared terms name the facts that agreed ({@code number:260}, {@code
   * organization:IOM}, {@code country:CR}, {@code date:2021-05-27}).
   */
  TRANSLATION("translation", true);

  private final String id;
  private final boolean sameStory;

  MatchRule(String id, boolean sameStory) {
    this.id = id;
    this.sameStory = sameStory;
  }

  /**
   * The rule's name in JSON and text output.
   *
   * @return for example {@code "exact-copy"}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The verdict this rule gives.
   *
   * @return true if the two items tell the same story
   */
  public boolean sameStory() {
    return sameStory;
  }

  /**
   * The rule of a name.
   *
   * @param id a name such as {@code "rewrite"}
   * @return the rule
   * @throws IllegalArgumentException naming the known rules if there is no such rule
   */
  @JsonCreator
  public static MatchRule fromId(String id) {
    for (MatchRule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown match rule \""
            + id
            + "\"; known: "
            + java.util.Arrays.stream(values()).map(MatchRule::id).toList());
  }

  /** Returns {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
