package org.bulletins.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Why two items were judged the same story or not: the scores that were measured and the rule that
 * decided.
 *
 * <p>Similarities and containment lie in {@code [0, 1]}. {@code containment} is the share of the
 * shorter text found in the longer one (so that a teaser is contained in its full text). The date
 * distance is in days and absent when either item has no date. Shared and conflicting terms are the
 * distinctive terms (acronyms, numbers, names, places) found in both items, or found in one in a
 * way that contradicts the other; the constructor sorts them and drops repeats. The {@link
 * MatchRule} gives the verdict ({@code sameStory} must agree with it); {@code strength}, in {@code
 * [0, 1]}, says how strongly the measures back a match, and orders the matches a clusterer takes
 * first. {@code scores} holds any further measures by name, sorted.
 *
 * <pre>{@code
 * MatchEvidence e = engine.explain(a, b);
 * if (e.sameStory()) System.out.println("merged by rule " + e.rule().id() + ", strength " + e.strength());
 * }</pre>
 *
 * @param titleSimilarity how alike the titles are, 0 to 1
 * @param bodySimilarity how alike the bodies are, 0 to 1
 * @param containment how much of the shorter text the longer one contains, 0 to 1
 * @param dateDistanceDays days between the two dates, absent when either has none
 * @param sharedTerms distinctive terms that both items mention, sorted
 * @param conflictingTerms distinctive terms that contradict each other, sorted
 * @param sameStory the verdict: true if the two items tell the same story
 * @param rule the rule that gave the verdict
 * @param scores further named measures, sorted by name; every value finite
 * @param strength how strongly the measures back a match, 0 to 1
 * @since 0.1.0
 */
@JsonPropertyOrder({
  "sameStory",
  "rule",
  "titleSimilarity",
  "bodySimilarity",
  "containment",
  "dateDistanceDays",
  "sharedTerms",
  "conflictingTerms",
  "scores",
  "strength"
})
public record MatchEvidence(
    double titleSimilarity,
    double bodySimilarity,
    double containment,
    Optional<Integer> dateDistanceDays,
    List<String> sharedTerms,
    List<String> conflictingTerms,
    boolean sameStory,
    MatchRule rule,
    Map<String, Double> scores,
    double strength) {

  /**
   * Validates the evidence and makes its collections immutable.
   *
   * @param titleSimilarity how alike the titles are, 0 to 1
   * @param bodySimilarity how alike the bodies are, 0 to 1
   * @param containment how much of the shorter text the longer one contains, 0 to 1
   * @param dateDistanceDays days between the two dates, absent when either has none
   * @param sharedTerms distinctive terms that both items mention, sorted
   * @param conflictingTerms distinctive terms that contradict each other, sorted
   * @param sameStory the verdict: true if the two items tell the same story
   * @param rule the rule that gave the verdict; its verdict must be {@code sameStory}
   * @param scores further named measures, sorted by name; every value finite
   * @param strength how strongly the measures back a match, 0 to 1
   */
  @JsonCreator
  public MatchEvidence {
    checkUnit("titleSimilarity", titleSimilarity);
    checkUnit("bodySimilarity", bodySimilarity);
    checkUnit("containment", containment);
    Objects.requireNonNull(dateDistanceDays, "dateDistanceDays (use Optional.empty())");
    dateDistanceDays.ifPresent(
        d -> checkArgument(d >= 0, "dateDistanceDays must be >= 0, was %s", d));
    // Sorted here, so that equal evidence is equal whatever order the terms were found in.
    sharedTerms = sortedCopy(Objects.requireNonNull(sharedTerms, "sharedTerms"));
    conflictingTerms = sortedCopy(Objects.requireNonNull(conflictingTerms, "conflictingTerms"));
    Objects.requireNonNull(rule, "rule");
    checkArgument(
        rule.sameStory() == sameStory,
        "rule %s means sameStory=%s, but sameStory was %s",
        rule,
        rule.sameStory(),
        sameStory);
    checkUnit("strength", strength);
    scores = ImmutableSortedMap.copyOf(Objects.requireNonNull(scores, "scores"));
    scores.forEach(
        (name, value) ->
            checkArgument(Double.isFinite(value), "score %s must be finite, was %s", name, value));
  }

  /**
   * Evidence in the form of the first release: the rule by name, the strength read from the score
   * {@code "strength"} (0 if absent).
   *
   * @param titleSimilarity how alike the titles are, 0 to 1
   * @param bodySimilarity how alike the bodies are, 0 to 1
   * @param containment how much of the shorter text the longer one contains, 0 to 1
   * @param dateDistanceDays days between the two dates, absent when either has none
   * @param sharedTerms distinctive terms that both items mention, sorted
   * @param conflictingTerms distinctive terms that contradict each other, sorted
   * @param sameStory the verdict: true if the two items tell the same story
   * @param rule the {@link MatchRule#id()} of the rule that gave the verdict
   * @param scores further named measures, sorted by name; every value finite
   */
  public MatchEvidence(
      double titleSimilarity,
      double bodySimilarity,
      double containment,
      Optional<Integer> dateDistanceDays,
      List<String> sharedTerms,
      List<String> conflictingTerms,
      boolean sameStory,
      String rule,
      Map<String, Double> scores) {
    this(
        titleSimilarity,
        bodySimilarity,
        containment,
        dateDistanceDays,
        sharedTerms,
        conflictingTerms,
        sameStory,
        MatchRule.fromId(rule),
        scores,
        Objects.requireNonNull(scores, "scores").getOrDefault("strength", 0.0));
  }

  /**
   * The terms sorted, without repeats, immutable. Terms that come sorted already (as the engine's
   * verifier gives them, for every pair it verifies) are copied without a sorted set's detour; the
   * result is the same list either way.
   */
  private static List<String> sortedCopy(List<String> terms) {
    for (int i = 1, n = terms.size(); i < n; i++) {
      if (terms.get(i - 1).compareTo(terms.get(i)) >= 0) {
        return List.copyOf(new TreeSet<>(terms));
      }
    }
    return List.copyOf(terms);
  }

  private static void checkUnit(String name, double value) {
    checkArgument(value >= 0.0 && value <= 1.0, "%s must lie in [0, 1], was %s", name, value);
  }
}
