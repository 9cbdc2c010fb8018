package org.bulletins.dedup.internal;

import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSignature;
import org.bulletins.model.MatchRule;

/**
 * {@link PairVerifier#mayBeSame}'s decision, computed with as little set merging as the rules
 * allow. Immutable and thread-safe; allocates nothing per pair.
 *
 * <p>With no conflicting term and every shared term granted, the only rule that says "apart" after
 * the date check is {@link MatchRule#DISSIMILAR}, so the answer is the OR of the "same" rules, and
 * each of them, once the titles are compared, asks only that one count of shared hashes reach a
 * threshold (every measure grows with its count, the set sizes fixed). So the gate compares the
 * titles (short sets) exactly, works out the least number of shared body shingles and of shared
 * content words any rule could still accept, and merges the long sets only as far as it takes to
 * see that count reached or out of reach. A least count above the smaller set's size skips the
 * merge entirely. The answer is exactly that of running the rules on the full intersections ({@code
 * SignatureGateProperties} checks it against them).
 */
final class SignatureGate {

  private final DedupOptions options;

  SignatureGate(DedupOptions options) {
    this.options = options;
  }

  /**
   * Whether some "same" rule may apply to two items dated within the window.
   *
   * @param a one item's signature
   * @param b another's
   * @return false if every "same" rule fails whatever their terms
   */
  boolean anySameRule(ItemSignature a, ItemSignature b) {
    if (a.textHash() == b.textHash()) {
      return true;
    }
    int[] ta = a.titleWords();
    int[] tb = b.titleWords();
    int titleCommon = ItemSignature.intersection(ta, tb);
    double titleSim = PairVerifier.jaccard(titleCommon, ta.length, tb.length);
    double titleContainment = PairVerifier.containment(titleCommon, ta.length, tb.length);
    boolean titlesAgree =
        titleSim >= PairVerifier.TITLE_AGREES || titleContainment >= PairVerifier.TITLE_CONTAINED;
    int shorterBody = Math.min(a.bodyWordCount(), b.bodyWordCount());

    int bodyA = a.bodyShingles().length;
    int bodyB = b.bodyShingles().length;
    int bodyNeed = UNREACHABLE;
    if (shorterBody >= PairVerifier.MIN_BODY_WORDS) {
      bodyNeed = Math.min(bodyNeed, leastJaccard(PairVerifier.SAME_BODY, bodyA, bodyB));
      if (titlesAgree) {
        bodyNeed =
            Math.min(bodyNeed, leastContainment(options.nearDuplicateContainment(), bodyA, bodyB));
      }
      if (shorterBody >= PairVerifier.VERBATIM_TEASER_WORDS) {
        int verbatim = leastContainment(PairVerifier.VERBATIM_CONTAINMENT, bodyA, bodyB);
        if (titleCommon == 0) {
          verbatim =
              Math.max(
                  verbatim, leastJaccard(PairVerifier.VERBATIM_UNTITLED_SIMILARITY, bodyA, bodyB));
        }
        bodyNeed = Math.min(bodyNeed, verbatim);
      }
    } else if (Math.min(ta.length, tb.length) >= 4 && titleSim >= PairVerifier.SAME_TITLE) {
      if (shorterBody == 0) {
        return true;
      }
      bodyNeed = Math.min(bodyNeed, leastContainment(0.5, bodyA, bodyB));
    }
    if (bodyNeed != UNREACHABLE
        && ItemSignature.intersectionReaches(a.bodyShingles(), b.bodyShingles(), bodyNeed)) {
      return true;
    }

    int wordsA = a.contentWords().length;
    int wordsB = b.contentWords().length;
    // The rewrite rule's three ways, every shared term granted: two under titles that share a
    // third of their words (the one told by facts asks less of the words, and also passes titles
    // each found in the other item's words), one under the same title.
    int wordNeed = UNREACHABLE;
    int factNeed =
        Math.max(
            leastContainment(PairVerifier.FACT_REWRITE_CONTAINMENT, wordsA, wordsB),
            leastJaccard(PairVerifier.FACT_REWRITE_JACCARD, wordsA, wordsB));
    if (titleContainment >= PairVerifier.REWRITE_TITLE) {
      wordNeed =
          Math.min(
              Math.max(
                  leastContainment(options.rewriteWordContainment(), wordsA, wordsB),
                  leastJaccard(PairVerifier.REWRITE_JACCARD, wordsA, wordsB)),
              factNeed);
    } else if (factNeed != UNREACHABLE
        && PairVerifier.titleInText(a, b) >= PairVerifier.FACT_REWRITE_TITLE_IN_TEXT
        && !ItemSignature.intersectionReaches(
            a.bodyShingles(),
            b.bodyShingles(),
            leastContainment(PairVerifier.FACT_REWRITE_MOST_COPIED, bodyA, bodyB))) {
      wordNeed = factNeed; // a rewrite told by its facts, in its own words under its own headline
    }
    if (Math.min(ta.length, tb.length) >= 4 && titleSim >= PairVerifier.SAME_TITLE) {
      wordNeed =
          Math.min(
              wordNeed, leastContainment(PairVerifier.TITLED_REWRITE_CONTAINMENT, wordsA, wordsB));
    }
    return wordNeed != UNREACHABLE
        && ItemSignature.intersectionReaches(a.contentWords(), b.contentWords(), wordNeed);
  }

  /** A count no intersection reaches. */
  private static final int UNREACHABLE = Integer.MAX_VALUE;

  /**
   * The least count of shared values whose Jaccard similarity, computed as the verifier does,
   * reaches a threshold; {@link #UNREACHABLE} if none up to the smaller size does.
   */
  static int leastJaccard(double threshold, int sizeA, int sizeB) {
    int most = Math.min(sizeA, sizeB);
    // c / (a + b - c) >= t  <=>  c >= t (a + b) / (1 + t): a first guess, then the exact edge.
    int c = (int) Math.ceil(threshold * (sizeA + (double) sizeB) / (1 + threshold));
    return edge(c, most, x -> PairVerifier.jaccard(x, sizeA, sizeB) >= threshold);
  }

  /** As {@link #leastJaccard}, for containment in the smaller set. */
  static int leastContainment(double threshold, int sizeA, int sizeB) {
    int most = Math.min(sizeA, sizeB);
    int c = (int) Math.ceil(threshold * most);
    return edge(c, most, x -> PairVerifier.containment(x, sizeA, sizeB) >= threshold);
  }

  /** A measure's test on a count of shared values; monotone: true from some count on. */
  private interface Reaches {
    boolean test(int common);
  }

  /**
   * The least count in [0, most] that passes a monotone test, starting from a guess near it (the
   * guess comes from real arithmetic, the test from the verifier's floating point: they may differ
   * by one).
   */
  private static int edge(int guess, int most, Reaches reaches) {
    int c = Math.max(0, Math.min(guess, most + 1));
    while (c > 0 && reaches.test(c - 1)) {
      c--;
    }
    // `< most + 1`, not `<= most`: C2 (JDK 17) deoptimizes the compiled caller, once, when a `<=`
    // bound allows a single pass.
    while (c < most + 1 && !reaches.test(c)) {
      c++;
    }
    return c > most ? UNREACHABLE : c;
  }
}
