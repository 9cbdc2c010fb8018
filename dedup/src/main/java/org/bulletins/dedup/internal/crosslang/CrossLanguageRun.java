package org.bulletins.dedup.internal.crosslang;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulletins.dedup.internal.CandidatePair;
import org.bulletins.facts.ItemFacts;
import org.bulletins.facts.Language;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * The {@link CrossLanguage} rule over one batch: the languages of its items and, when there are two
 * or more, their facts (read once, in parallel, when the rule is on), its candidate pairs and its
 * verdicts by item index. A batch in one language costs a language guess per item and nothing more.
 * Thread-safe once built.
 */
public final class CrossLanguageRun {

  /** The other rules' verdict on a pair, or null when the signatures alone showed it apart. */
  public interface BaseVerdict {
    /**
     * The evidence of a pair.
     *
     * @param left the lower index
     * @param right the higher index
     * @return the evidence, or null
     */
    MatchEvidence verify(int left, int right);
  }

  private final CrossLanguage rule;
  private final List<NewsItem> items;
  private final Language[] languages;
  private final ItemFacts[] facts;

  /**
   * The rule over a batch.
   *
   * @param rule the rule
   * @param items the batch
   */
  public CrossLanguageRun(CrossLanguage rule, List<NewsItem> items) {
    this.rule = rule;
    this.items = items;
    this.languages = rule.enabled() ? CrossLanguage.languages(items) : new Language[0];
    Set<Language> seen = EnumSet.noneOf(Language.class);
    for (Language language : languages) {
      if (language != Language.UNKNOWN) {
        seen.add(language);
      }
    }
    // Items of one language (or unknown) are never linked by this rule: no facts needed.
    this.facts = seen.size() > 1 ? rule.factsOf(items) : new ItemFacts[0];
  }

  private CrossLanguageRun(CrossLanguage rule, List<NewsItem> items, boolean severalLanguages) {
    this.rule = rule;
    this.items = items;
    boolean on = rule.enabled() && severalLanguages;
    this.languages = new Language[on ? items.size() : 0];
    for (int i = 0; i < languages.length; i++) {
      languages[i] = CrossLanguage.language(items.get(i));
    }
    this.facts = on ? rule.factsOf(items) : new ItemFacts[0];
  }

  /**
   * The rule over part of a batch (a distributed run's connected component), whose verdicts must be
   * those of the whole batch: the rule applies when the whole batch holds two or more known
   * languages, whatever this part holds.
   *
   * @param rule the rule
   * @param items the part
   * @param severalLanguages whether the whole batch holds two or more known languages
   * @return the rule over the part
   */
  public static CrossLanguageRun ofPart(
      CrossLanguage rule, List<NewsItem> items, boolean severalLanguages) {
    return new CrossLanguageRun(rule, items, severalLanguages);
  }

  /**
   * The verdict on a pair, see {@link CrossLanguage#decide}.
   *
   * @param base the other rules' evidence, or null when the signatures showed the pair apart
   * @param a one index
   * @param b another
   * @return the evidence, or null if {@code base} was null and the facts do not agree
   */
  public MatchEvidence decide(MatchEvidence base, int a, int b) {
    if (facts.length == 0 || languages[a] == languages[b]) {
      return base;
    }
    return rule.decide(base, items.get(a), facts[a], items.get(b), facts[b]);
  }

  /**
   * Verifies the cross-language candidates of the batch that are not in {@code evidence} yet and
   * adds those that tell one story.
   *
   * @param member whether each item takes part in blocking (the representative of its content id)
   * @param evidence the same-story evidence found so far, by pair
   * @param base the other rules' verdict
   */
  public void addPairs(
      boolean[] member, Map<CandidatePair, MatchEvidence> evidence, BaseVerdict base) {
    if (facts.length == 0) {
      return;
    }
    for (CandidatePair pair : rule.candidates(items, facts, member)) {
      if (!evidence.containsKey(pair)) {
        MatchEvidence e = decide(base.verify(pair.left(), pair.right()), pair.left(), pair.right());
        if (e != null && e.sameStory()) {
          evidence.put(pair, e);
        }
      }
    }
  }
}
