package org.bulletins.dedup.internal;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import java.util.Optional;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.dedup.internal.terms.DistinctiveTerms;
import org.bulletins.dedup.internal.terms.TermComparison;
import org.bulletins.model.MatchEvidence;
import org.bulletins.model.MatchRule;

/**
 * Stage 3: decides whether two items tell the same story from their {@link ItemSignature}s and
 * distinctive terms, and says why. Immutable and thread-safe.
 *
 * <p><b>Measures.</b> Titles are compared without site prefixes or suffixes, bodies without a
 * teaser's {@code …} or "Read more" ending, all folded with {@link
 * org.bulletins.model.TextFolding#fold}. Sets of words and shingles are the signatures' hashed
 * sets, so the measures are exact barring a hash collision.
 *
 * <ul>
 *   <li>{@code titleSimilarity}: Jaccard similarity of the titles' content words; score {@code
 *       titleContainment}: their share of the shorter title.
 *   <li>{@code bodySimilarity}: Jaccard similarity of the bodies' word shingles.
 *   <li>{@code containment}: the share of the shorter body's shingles found in the longer body, so
 *       that a teaser is contained in its full text.
 *   <li>scores {@code wordContainment} and {@code wordJaccard}: the same over the content words of
 *       title and body, the measure of a rewrite.
 *   <li>score {@code titleInText}: the share of each title's content words found in the other
 *       item's title and body, the lesser of the two ({@link #titleInText}).
 *   <li>shared and conflicting distinctive terms, see {@link
 *       org.bulletins.dedup.internal.terms.TermExtractor}: a conflict is a term that stands where
 *       the other item has another term of the same kind (another number of participants, another
 *       country or institution, another part of a series), or two titles naming countries the other
 *       item never mentions.
 * </ul>
 *
 * <p><b>Rules</b>, in order; the first that applies gives the verdict and its name:
 *
 * <ol>
 *   <li>{@code date-conflict} (apart): both dated, more than {@code dateWindowDays} apart.
 *   <li>{@code exact-copy} / {@code same-text} (same): equal folded title and body.
 *   <li>{@code term-conflict} (apart): any conflicting term.
 *   <li>{@code same-body} (same): both bodies have at least {@value #MIN_BODY_WORDS} words and body
 *       similarity is at least {@value #SAME_BODY}; the title may have changed.
 *   <li>{@code teaser-contained} / {@code near-duplicate} (same): the shorter body has at least
 *       {@value #MIN_BODY_WORDS} words, containment is at least {@code nearDuplicateContainment}
 *       (0.8), and the titles agree (similarity at least {@value #TITLE_AGREES} or containment at
 *       least {@value #TITLE_CONTAINED}). Named {@code teaser-contained} when one body is a teaser
 *       or less than two thirds of the other. Also, whatever the titles, when the shorter body has
 *       at least {@value #VERBATIM_TEASER_WORDS} words, containment is at least {@value
 *       #VERBATIM_CONTAINMENT} and the titles share a word or body similarity is at least {@value
 *       #VERBATIM_UNTITLED_SIMILARITY}: a teaser copied word for word under another headline (a
 *       weekly roundup that quotes short stories shares no title word and is much longer).
 *   <li>{@code same-title} (same): a body shorter than {@value #MIN_BODY_WORDS} words or missing,
 *       titles of at least four content words with similarity at least {@value #SAME_TITLE}, and if
 *       both have a body, containment at least 0.5.
 *   <li>{@code rewrite} (same): content-word containment at least {@code rewriteWordContainment}
 *       (0.6), content-word Jaccard at least {@value #REWRITE_JACCARD}, at least {@code
 *       minSharedTerms} (2) shared terms, and title containment at least {@value #REWRITE_TITLE};
 *       or, with the same title containment, at least {@value #FACT_REWRITE_TERMS} shared terms
 *       with content-word containment at least {@value #FACT_REWRITE_CONTAINMENT} and Jaccard at
 *       least {@value #FACT_REWRITE_JACCARD} (a rewrite that keeps the release's figures and
 *       names), under titles that share a third of their words or whose words are each half found
 *       in the other item ({@code titleInText} at least {@value #FACT_REWRITE_TITLE_IN_TEXT}: a
 *       rewrite under its own headline), the latter only with body containment under {@value
 *       #FACT_REWRITE_MOST_COPIED} (in its own words, not a shared paragraph copied); or titles as
 *       {@code same-title} asks, content-word containment at least {@value
 *       #TITLED_REWRITE_CONTAINMENT} and a shared term (a listing's paraphrased teaser and the
 *       article).
 *   <li>{@code dissimilar} (apart): nothing above applied.
 * </ol>
 *
 * <p>{@code strength} is {@code 0.5 * containment + 0.3 * bodySimilarity + 0.2 * titleSimilarity}.
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

  /**
   * Fewest words of a shorter body that, nearly all found in the longer one, make a teaser when the
   * titles share a word: an aggregator's teaser is the wire's lead word for word under its own
   * headline.
   */
  public static final int VERBATIM_TEASER_WORDS = 20;

  /** Least body containment of such a verbatim teaser. */
  public static final double VERBATIM_CONTAINMENT = 0.95;

  /**
   * Least body similarity of a verbatim teaser whose title shares no word with the other's: it is
   * half the article, where a roundup's quoted story is a small part of the roundup.
   */
  public static final double VERBATIM_UNTITLED_SIMILARITY = 0.5;

  /**
   * Fewest shared distinctive terms of a rewrite told by its facts: a newspaper's rewrite of a
   * release keeps its figures and names, in fewer of the same words.
   */
  public static final int FACT_REWRITE_TERMS = 5;

  /** Least content-word containment of a rewrite told by its facts. */
  public static final double FACT_REWRITE_CONTAINMENT = 0.55;

  /** Least content-word Jaccard similarity of a rewrite told by its facts. */
  public static final double FACT_REWRITE_JACCARD = 0.3;

  /**
   * Least {@link #titleInText} of a rewrite told by its facts whose headline shares less than
   * {@value #REWRITE_TITLE} of its words with the release's: the rewrite's own headline.
   */
  public static final double FACT_REWRITE_TITLE_IN_TEXT = 0.5;

  /**
   * Most body containment of a rewrite told by its facts under a headline of its own: a rewrite
   * tells the release's facts in its own words, where two releases that share a background
   * paragraph share it word for word (0.75 in the review's pair whose background names both
   * headlines' subjects; 0.1 to 0.23 in its rewrites).
   */
  public static final double FACT_REWRITE_MOST_COPIED = 0.5;

  /** Least content-word containment of a rewrite under the same title. */
  public static final double TITLED_REWRITE_CONTAINMENT = 0.8;

  private final DedupOptions options;
  private final SignatureGate gate;

  /**
   * A verifier for an engine's options.
   *
   * @param options the thresholds and the date window
   */
  public PairVerifier(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.gate = new SignatureGate(options);
  }

  /**
   * Compares two items.
   *
   * @param a one item's signature
   * @param termsA its distinctive terms
   * @param b another item's signature
   * @param termsB its distinctive terms
   * @return the measures, the verdict and the rule that gave it
   */
  public MatchEvidence verify(
      ItemSignature a, DistinctiveTerms termsA, ItemSignature b, DistinctiveTerms termsB) {
    Measures m = Measures.of(a, b);
    Optional<Integer> distance =
        a.epochDay() != ItemSignature.UNDATED && b.epochDay() != ItemSignature.UNDATED
            ? Optional.of(clampDays(a.epochDay() - b.epochDay()))
            : Optional.empty();
    TermComparison terms = TermComparison.of(termsA, termsB);
    MatchRule rule =
        rule(
            m,
            distance.orElse(-1),
            a.textHash() == b.textHash(),
            !terms.conflicts().isEmpty(),
            terms.sharedCount());
    if (rule == MatchRule.SAME_TEXT && a.contentKey() == b.contentKey()) {
      rule = MatchRule.EXACT_COPY;
    } else if (rule == MatchRule.NEAR_DUPLICATE
        && (a.teaser() || b.teaser() || m.shorterBody() * 3 < m.longerBody() * 2)) {
      rule = MatchRule.TEASER_CONTAINED;
    }
    double strength = 0.5 * m.bodyContainment() + 0.3 * m.bodySim() + 0.2 * m.titleSim();
    return new MatchEvidence(
        m.titleSim(),
        m.bodySim(),
        m.bodyContainment(),
        distance,
        terms.shared(),
        terms.conflicts(),
        rule.sameStory(),
        rule,
        // Sorted by name already: MatchEvidence keeps a sorted immutable map as it is.
        ImmutableSortedMap.of(
            "sharedTermCount", (double) terms.sharedCount(),
            "strength", strength,
            "titleContainment", m.titleContainment(),
            "titleInText", m.titleInText(),
            "wordContainment", m.wordContainment(),
            "wordJaccard", m.wordJaccard()),
        strength);
  }

  /**
   * False when two items cannot be one story, decided from their signatures alone: the rules run
   * with no conflicting term and every shared term the rewrite rule asks for. Each rule that says
   * "same" only asks that measures reach thresholds, and terms can only turn "same" into "apart",
   * so if no rule says "same" here, {@link #verify} would say "apart" too. Most candidate pairs end
   * here, without extracting terms.
   *
   * @param a one item's signature
   * @param b another's
   * @return false if the items are certainly apart
   */
  public boolean mayBeSame(ItemSignature a, ItemSignature b) {
    int distance =
        a.epochDay() == ItemSignature.UNDATED || b.epochDay() == ItemSignature.UNDATED
            ? -1
            : clampDays(a.epochDay() - b.epochDay());
    return distance <= options.dateWindowDays() && gate.anySameRule(a, b);
  }

  /**
   * {@link #mayBeSame} as the rules of the class comment decide it on the full intersections (the
   * gate's reference: the same answer, more slowly).
   *
   * @param a one item's signature
   * @param b another's
   * @return false if the items are certainly apart
   */
  public boolean mayBeSameByRules(ItemSignature a, ItemSignature b) {
    int distance =
        a.epochDay() == ItemSignature.UNDATED || b.epochDay() == ItemSignature.UNDATED
            ? -1
            : clampDays(a.epochDay() - b.epochDay());
    if (distance > options.dateWindowDays()) {
      return false;
    }
    return rule(Measures.of(a, b), distance, a.textHash() == b.textHash(), false, Integer.MAX_VALUE)
        .sameStory();
  }

  /**
   * The absolute distance in days, capped at {@code Integer.MAX_VALUE} (years apart by millions).
   */
  private static int clampDays(long days) {
    return (int) Math.min(Integer.MAX_VALUE, Math.abs(days));
  }

  /**
   * The rules of the class comment, in order, on measures computed elsewhere.
   *
   * @param distance days between the dates, or -1 if either is undated
   * @return the rule; {@code NEAR_DUPLICATE} also stands for {@code TEASER_CONTAINED}, and {@code
   *     SAME_TEXT} for {@code EXACT_COPY}, which the caller tells apart
   */
  private MatchRule rule(
      Measures m, int distance, boolean sameText, boolean termConflict, int sharedTerms) {
    boolean titlesAgree = m.titleSim() >= TITLE_AGREES || m.titleContainment() >= TITLE_CONTAINED;
    if (distance > options.dateWindowDays()) {
      return MatchRule.DATE_CONFLICT;
    } else if (sameText) {
      return MatchRule.SAME_TEXT;
    } else if (termConflict) {
      return MatchRule.TERM_CONFLICT;
    } else if (m.shorterBody() >= MIN_BODY_WORDS && m.bodySim() >= SAME_BODY) {
      return MatchRule.SAME_BODY;
    } else if ((m.shorterBody() >= MIN_BODY_WORDS
            && m.bodyContainment() >= options.nearDuplicateContainment()
            && titlesAgree)
        || (m.shorterBody() >= VERBATIM_TEASER_WORDS
            && m.bodyContainment() >= VERBATIM_CONTAINMENT
            && (m.titleCommon() > 0 || m.bodySim() >= VERBATIM_UNTITLED_SIMILARITY))) {
      return MatchRule.NEAR_DUPLICATE;
    } else if (m.shorterBody() < MIN_BODY_WORDS
        && Math.min(m.titleSizeA(), m.titleSizeB()) >= 4
        && m.titleSim() >= SAME_TITLE
        && (m.shorterBody() == 0 || m.bodyContainment() >= 0.5)) {
      return MatchRule.SAME_TITLE;
    } else if ((m.wordContainment() >= options.rewriteWordContainment()
            && m.wordJaccard() >= REWRITE_JACCARD
            && sharedTerms >= options.minSharedTerms()
            && m.titleContainment() >= REWRITE_TITLE)
        || (sharedTerms >= FACT_REWRITE_TERMS
            && m.wordContainment() >= FACT_REWRITE_CONTAINMENT
            && m.wordJaccard() >= FACT_REWRITE_JACCARD
            && (m.titleContainment() >= REWRITE_TITLE
                || (m.titleInText() >= FACT_REWRITE_TITLE_IN_TEXT
                    && m.bodyContainment() < FACT_REWRITE_MOST_COPIED)))
        || (isSameTitle(m)
            && m.wordContainment() >= TITLED_REWRITE_CONTAINMENT
            && sharedTerms >= 1)) {
      return MatchRule.REWRITE;
    }
    return MatchRule.DISSIMILAR;
  }

  /**
   * The share of each title's content words found among the other item's content words (title and
   * body), the lesser of the two: a headline names what its story is about, so the headline of a
   * rewrite is found in the release it rewrites, and the release's headline in the rewrite, though
   * the two headlines share few words (0.55 to 0.71 in the review's rewrites). Two stories listing
   * the same candidates name other things in their headlines (0.17); two releases sharing a
   * background paragraph may too (0.33), or not, when the paragraph names both subjects (0.83: the
   * rule that reads this asks for little copied text besides).
   *
   * @param a one item's signature
   * @param b another's
   * @return from 0 to 1; 0 when either has no title word
   */
  static double titleInText(ItemSignature a, ItemSignature b) {
    int[] ta = a.titleWords();
    int[] tb = b.titleWords();
    if (ta.length == 0 || tb.length == 0) {
      return 0.0;
    }
    return Math.min(
        (double) ItemSignature.countIn(ta, b.contentWords()) / ta.length,
        (double) ItemSignature.countIn(tb, a.contentWords()) / tb.length);
  }

  /** Titles of at least four content words, nearly the same. */
  static boolean isSameTitle(Measures m) {
    return Math.min(m.titleSizeA(), m.titleSizeB()) >= 4 && m.titleSim() >= SAME_TITLE;
  }

  /** The sizes and overlaps of two items' sets, and the measures derived from them. */
  private record Measures(
      int titleCommon,
      int titleSizeA,
      int titleSizeB,
      int bodyCommon,
      int bodySizeA,
      int bodySizeB,
      int wordCommon,
      int wordSizeA,
      int wordSizeB,
      int bodyWordsA,
      int bodyWordsB,
      double titleInText) {

    static Measures of(ItemSignature a, ItemSignature b) {
      return new Measures(
          ItemSignature.intersection(a.titleWords(), b.titleWords()),
          a.titleWords().length,
          b.titleWords().length,
          ItemSignature.intersection(a.bodyShingles(), b.bodyShingles()),
          a.bodyShingles().length,
          b.bodyShingles().length,
          ItemSignature.intersection(a.contentWords(), b.contentWords()),
          a.contentWords().length,
          b.contentWords().length,
          a.bodyWordCount(),
          b.bodyWordCount(),
          PairVerifier.titleInText(a, b));
    }

    double titleSim() {
      return jaccard(titleCommon, titleSizeA, titleSizeB);
    }

    double titleContainment() {
      return containment(titleCommon, titleSizeA, titleSizeB);
    }

    double bodySim() {
      return jaccard(bodyCommon, bodySizeA, bodySizeB);
    }

    double bodyContainment() {
      return containment(bodyCommon, bodySizeA, bodySizeB);
    }

    double wordJaccard() {
      return jaccard(wordCommon, wordSizeA, wordSizeB);
    }

    double wordContainment() {
      return containment(wordCommon, wordSizeA, wordSizeB);
    }

    int shorterBody() {
      return Math.min(bodyWordsA, bodyWordsB);
    }

    int longerBody() {
      return Math.max(bodyWordsA, bodyWordsB);
    }
  }

  static double jaccard(int common, int sizeA, int sizeB) {
    return sizeA == 0 || sizeB == 0 ? 0.0 : (double) common / (sizeA + sizeB - common);
  }

  static double containment(int common, int sizeA, int sizeB) {
    return sizeA == 0 || sizeB == 0 ? 0.0 : (double) common / Math.min(sizeA, sizeB);
  }
}
