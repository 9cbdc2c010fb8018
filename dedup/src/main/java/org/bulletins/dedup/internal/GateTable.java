package org.bulletins.dedup.internal;

import java.util.stream.IntStream;
import org.bulletins.dedup.DedupOptions;
import org.bulletins.dedup.internal.sketch.ItemSignature;

/**
 * {@link PairVerifier#mayBeSame} for the items of one batch, on what the gate reads laid out in
 * primitive arrays indexed by item, built once after signing. Same answers as {@code mayBeSame} on
 * the items' signatures; immutable and thread-safe once built.
 *
 * <p>Why: a batch of a million items verifies about a hundred million candidate pairs, and 99.7% of
 * them are apart. On the signatures, each pair reads two objects and their title, shingle and word
 * arrays scattered over the heap: mostly cache misses. Here the date, the text hash, the body word
 * count, the set sizes and the titles sit in flat arrays (a pair's left item repeats from pair to
 * pair, since the pairs come sorted). And each long set (body shingles, content words) has a
 * 32-byte <b>bucket-count summary</b>: how many of its hashes fall in each of 64 buckets (the
 * hash's low 6 bits), 4 bits a bucket. Two sets share at most {@code sum over buckets of min(count
 * a, count b)} hashes, an upper bound that holds for every pair, so when it stays below the count a
 * rule needs, the rule fails without reading either set. A set with a bucket of 15 or more has no
 * summary (its count would not fit), and is merged as before.
 */
public final class GateTable {

  private static final long LOW_NIBBLES = 0x0F0F_0F0F_0F0F_0F0FL;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long BYTES = 0x0101_0101_0101_0101L;

  /** Longs per summary: 64 buckets of 4 bits. */
  private static final int SUMMARY_LONGS = 4;

  private final SignatureGate gate;
  private final int dateWindowDays;
  private final long[] epochDay;
  private final long[] textHash;
  private final int[] bodyWords;
  private final int[] titleStart;
  private final int[] titlePool;
  private final int[][] body;
  private final int[][] words;
  private final long[] bodySummary;
  private final long[] wordSummary;

  private GateTable(DedupOptions options, ItemSignature[] signatures) {
    int n = signatures.length;
    this.gate = new SignatureGate(options);
    this.dateWindowDays = options.dateWindowDays();
    this.epochDay = new long[n];
    this.textHash = new long[n];
    this.bodyWords = new int[n];
    this.titleStart = new int[n + 1];
    this.body = new int[n][];
    this.words = new int[n][];
    for (int i = 0; i < n; i++) {
      ItemSignature s = signatures[i];
      epochDay[i] = s.epochDay();
      textHash[i] = s.textHash();
      bodyWords[i] = s.bodyWordCount();
      titleStart[i + 1] = titleStart[i] + s.titleWords().length;
      body[i] = s.bodyShingles();
      words[i] = s.contentWords();
    }
    this.titlePool = new int[titleStart[n]];
    this.bodySummary = new long[n * SUMMARY_LONGS];
    this.wordSummary = new long[n * SUMMARY_LONGS];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int[] t = signatures[i].titleWords();
              System.arraycopy(t, 0, titlePool, titleStart[i], t.length);
              summarize(body[i], bodySummary, i);
              summarize(words[i], wordSummary, i);
            });
  }

  /**
   * The table of a batch's signatures.
   *
   * @param options the engine's options (the date window and the thresholds)
   * @param signatures every item's signature, by item index
   * @return the table
   */
  public static GateTable of(DedupOptions options, ItemSignature[] signatures) {
    return new GateTable(options, signatures);
  }

  /**
   * {@link PairVerifier#mayBeSame} of two items of the batch: false when they are certainly apart.
   *
   * @param a one item's index
   * @param b another's
   * @return false if no rule could say "same", whatever their terms
   */
  public boolean mayBeSame(int a, int b) {
    long dayA = epochDay[a];
    long dayB = epochDay[b];
    if (dayA != ItemSignature.UNDATED
        && dayB != ItemSignature.UNDATED
        && Math.min(Integer.MAX_VALUE, Math.abs(dayA - dayB)) > dateWindowDays) {
      return false;
    }
    if (textHash[a] == textHash[b]) {
      return true;
    }
    int fromA = titleStart[a];
    int titleA = titleStart[a + 1] - fromA;
    int fromB = titleStart[b];
    int titleB = titleStart[b + 1] - fromB;
    int titleCommon = titleIntersection(fromA, titleA, fromB, titleB);
    int[] bodyA = body[a];
    int[] bodyB = body[b];
    int bodyNeed =
        gate.bodyNeed(
            titleCommon,
            titleA,
            titleB,
            Math.min(bodyWords[a], bodyWords[b]),
            bodyA.length,
            bodyB.length);
    if (bodyNeed != SignatureGate.UNREACHABLE
        && reaches(bodySummary, bodyA, bodyB, a, b, bodyNeed)) {
      return true;
    }
    int[] wordsA = words[a];
    int[] wordsB = words[b];
    int wordNeed = gate.wordNeed(titleCommon, titleA, titleB, wordsA.length, wordsB.length);
    return wordNeed != SignatureGate.UNREACHABLE
        && reaches(wordSummary, wordsA, wordsB, a, b, wordNeed);
  }

  /** Whether two sets share {@code need} values: the summaries first, then the merge. */
  private static boolean reaches(long[] summary, int[] setA, int[] setB, int a, int b, int need) {
    if (need <= 0) {
      return true;
    }
    if (need > Math.min(setA.length, setB.length)) {
      return false;
    }
    if (bound(summary, a, b) < need) {
      return false;
    }
    return ItemSignature.intersectionReaches(setA, setB, need);
  }

  /**
   * An upper bound of two sets' intersection from their summaries: the sum over buckets of the
   * smaller count; {@code Integer.MAX_VALUE} when either has no summary.
   */
  static int bound(long[] summary, int a, int b) {
    int at = a * SUMMARY_LONGS;
    int bt = b * SUMMARY_LONGS;
    if (summary[at] == -1L || summary[bt] == -1L) {
      return Integer.MAX_VALUE;
    }
    int sum = 0;
    for (int k = 0; k < SUMMARY_LONGS; k++) {
      long x = summary[at + k];
      long y = summary[bt + k];
      sum += byteSumOfMin(x & LOW_NIBBLES, y & LOW_NIBBLES);
      sum += byteSumOfMin((x >>> 4) & LOW_NIBBLES, (y >>> 4) & LOW_NIBBLES);
    }
    return sum;
  }

  /**
   * {@link #bound} of two sets summarized on their own, for tests.
   *
   * @param a one sorted, distinct set
   * @param b another
   * @return the bound of their intersection
   */
  static int boundOf(int[] a, int[] b) {
    long[] summary = new long[2 * SUMMARY_LONGS];
    summarize(a, summary, 0);
    summarize(b, summary, 1);
    return bound(summary, 0, 1);
  }

  /**
   * The sum over the 8 bytes of the smaller of two bytes, for bytes of 0 to 15: a byte of {@code (x
   * | 0x80) - y} keeps its top bit exactly when x is at least y, and no borrow crosses bytes.
   */
  private static int byteSumOfMin(long x, long y) {
    long xAtLeastY = (((x | HIGH_BITS) - y) & HIGH_BITS) >>> 7;
    long mask = xAtLeastY * 0xFF;
    long min = (y & mask) | (x & ~mask);
    return (int) ((min * BYTES) >>> 56);
  }

  /**
   * Writes a set's summary at {@code item}'s place: 64 counts of 4 bits, count k of bucket {@code
   * b} in long {@code b / 16} at bits {@code 4 * (b % 16)}; or -1 in its first long when a count
   * passes 15.
   */
  private static void summarize(int[] set, long[] summary, int item) {
    int[] counts = new int[64];
    for (int v : set) {
      if (++counts[v & 63] > 15) {
        summary[item * SUMMARY_LONGS] = -1L;
        return;
      }
    }
    for (int bucket = 0; bucket < 64; bucket++) {
      summary[item * SUMMARY_LONGS + (bucket >>> 4)] |=
          (long) counts[bucket] << ((bucket & 15) * 4);
    }
    // A summary whose first long is all ones (16 buckets of 15) reads as "no summary": the sets
    // are then merged, which gives the same answer.
  }

  private int titleIntersection(int fromA, int sizeA, int fromB, int sizeB) {
    int i = fromA;
    int j = fromB;
    int endA = fromA + sizeA;
    int endB = fromB + sizeB;
    int common = 0;
    while (i < endA && j < endB) {
      int x = titlePool[i];
      int y = titlePool[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
