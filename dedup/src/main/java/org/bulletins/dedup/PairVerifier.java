package org.bulletins.dedup;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bulletins.dedup.internal.ItemFeatures;
import org.bulletins.dedup.internal.TermComparison;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.NewsItem;

/**
 * Stage 4: decides whether two items tell the same story, with exact measures, and says why.
 * Immutable and thread-safe.
 *
 * <p><b>Measures.</b> Titles are compared without site prefixes or suffixes, bodies without a
 * teaser's {@code …} or "Read more" ending, all folded with {@link
 * org.bulletins.model.TextFolding#fold}.
 *
 * <ul>
 *   <li>{@code titleSimilarity}: Jaccard similarity of the titles' content words; score {@code
 *       titleContainment}: their share of the shorter title.
 *   <li>{@code bodySimilarity}: Jaccard similarity of the bodies' word shingles.
 *   <li>{@code containment}: the share of the shorter body's shingles found in the longer body, so
 *       that a teaser is contained in its full text.
 *   <li>scores {@code wordContainment} and {@code wordJaccard}: the same over the content words of
 *       title and body, the measure of a rewrite.
 *   <li>shared and conflicting distinctive terms, see {@link TermExtractor}: a conflict is a term
 *       that stands where the other item has another term of the same kind (another number of
 *       participants, another country or institution, another part of a series), or two titles
 *       naming countries the other item never mentions.
 * </ul>
 *
 * <p><b>Rules</b>, in order; the first that applies gives the verdict and its name:
 *
 * <ol>
 *   <li>{@code date-conflict} (apart): both dated, more than {@code dateWindowDays} apart.
 *   <li>{@code exact-copy} / {@code same-text} (same): equal folded title and body.
 *   <li>{@code term-conflict} (apart): any conflicting term.
 *   <li>{@code same-body} (same): both bodies have at least {@value #MIN_BODY_WORDS} words and
 *       body similarity is at least {@value #SAME_BODY}; the title may have changed.
 *   <li>{@code teaser-contained} / {@code near-duplicate} (same): the shorter body has at least
 *       {@value #MIN_BODY_WORDS} words, containment is at least {@code nearDuplicateContainment}
 *       (0.8), and the titles agree (similarity at least {@value #TITLE_AGREES} or containment at
 *       least {@value #TITLE_CONTAINED}). Named {@code teaser-contained} when one body is a teaser
 *       or less than two thirds of the other.
 *   <li>{@code same-title} (same): a body shorter than {@value #MIN_BODY_WORDS} words or missing,
 *       titles of at least four content words with similarity at least {@value #SAME_TITLE}, and
 *       if both have a body, containment at least 0.5.
 *   <li>{@code rewrite} (same): content-word containment at least {@code rewriteWordContainment}
 *       (0.6), content-word Jaccard at least {@value #REWRITE_JACCARD}, at least {@code
 *       minSharedTerms} (2) shared terms, and title containment at least {@value #REWRITE_TITLE}.
 *   <li>{@code dissimilar} (apart): nothing above applied.
 * </ol>
 *
 * <pre>{@code
 * MatchEvidence e = engine.verifier().verify(a, b);
 * e.sameStory(); e.rule(); e.containment(); e.conflictingTerms();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PairVerifier {

  /** Fewest body words for body-based rules. */
  public static final int MIN_BODY_WORDS = 10;
  /** Least body similarity of {@code same-body}. */
  public static final double SAME_BODY = 0.9;
  /** Least title similarity for titles that agree. */
  public static final double TITLE_AGREES = 0.34;
  /** Least title containment for titles that agree. */
  public static final double TITLE_CONTAINED = 0.6;
  /** Least title similarity of {@code same-title}. */
  public static final double SAME_TITLE = 0.8;
  /** Least title containment of {@code rewrite}: the titles must share a third of their words. */
  public static final double REWRITE_TITLE = 0.3;
  /** Least content-word Jaccard similarity of {@code rewrite}. */
  public static final double REWRITE_JACCARD = 0.4;

  private final DedupOptions options;

  PairVerifier(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Compares two items.
   *
   * @param a one item
   * @param b another item
   * @return the measures, the verdict and the rule that gave it
   */
  public MatchEvidence verify(NewsItem a, NewsItem b) {
    return verify(ItemFeatures.of(a, options.shingleSize()), ItemFeatures.of(b, options.shingleSize()));
  }

  MatchEvidence verify(ItemFeatures a, ItemFeatures b) {
    double titleSim = jaccard(a.titleWords(), b.titleWords());
    double titleContainment = containment(a.titleWords(), b.titleWords());
    double bodySim = jaccard(a.bodyShingles(), b.bodyShingles());
    double bodyContainment = containment(a.bodyShingles(), b.bodyShingles());
    double wordJaccard = jaccard(a.contentWords(), b.contentWords());
    double wordContainment = containment(a.contentWords(), b.contentWords());
    Optional<Integer> distance =
        a.item().date().isPresent() && b.item().date().isPresent()
            ? Optional.of(
                (int) Math.abs(ChronoUnit.DAYS.between(a.item().date().get(), b.item().date().get())))
            : Optional.empty();
    TermComparison terms = TermComparison.of(a.terms(), b.terms());
    int shorterBody = Math.min(a.bodyWordCount(), b.bodyWordCount());
    int longerBody = Math.max(a.bodyWordCount(), b.bodyWordCount());
    boolean titlesAgree = titleSim >= TITLE_AGREES || titleContainment >= TITLE_CONTAINED;

    String rule;
    boolean same;
    if (distance.isPresent() && distance.get() > options.dateWindowDays()) {
      rule = "date-conflict";
      same = false;
    } else if (a.foldedTitle().equals(b.foldedTitle()) && a.foldedBody().equals(b.foldedBody())) {
      rule = a.item().id().equals(b.item().id()) ? "exact-copy" : "same-text";
      same = true;
    } else if (!terms.conflicts().isEmpty()) {
      rule = "term-conflict";
      same = false;
    } else if (shorterBody >= MIN_BODY_WORDS && bodySim >= SAME_BODY) {
      rule = "same-body";
      same = true;
    } else if (shorterBody >= MIN_BODY_WORDS
        && bodyContainment >= options.nearDuplicateContainment()
        && titlesAgree) {
      rule =
          a.teaser() || b.teaser() || shorterBody * 3 < longerBody * 2
              ? "teaser-contained"
              : "near-duplicate";
      same = true;
    } else if (shorterBody < MIN_BODY_WORDS
        && Math.min(a.titleWords().size(), b.titleWords().size()) >= 4
        && titleSim >= SAME_TITLE
        && (shorterBody == 0 || bodyContainment >= 0.5)) {
      rule = "same-title";
      same = true;
    } else if (wordContainment >= options.rewriteWordContainment()
        && wordJaccard >= REWRITE_JACCARD
        && terms.sharedCount() >= options.minSharedTerms()
        && titleContainment >= REWRITE_TITLE) {
      rule = "rewrite";
      same = true;
    } else {
      rule = "dissimilar";
      same = false;
    }
    double strength = 0.5 * bodyContainment + 0.3 * bodySim + 0.2 * titleSim;
    return new MatchEvidence(
        titleSim,
        bodySim,
        bodyContainment,
        distance,
        terms.shared(),
        terms.conflicts(),
        same,
        rule,
        ImmutableMap.of(
            "titleContainment", titleContainment,
            "wordContainment", wordContainment,
            "wordJaccard", wordJaccard,
            "sharedTermCount", (double) terms.sharedCount(),
            "strength", strength));
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int common = Sets.intersection(a.size() <= b.size() ? a : b, a.size() <= b.size() ? b : a).size();
    return (double) common / (a.size() + b.size() - common);
  }

  static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    return (double) Sets.intersection(small, large).size() / small.size();
  }
}
