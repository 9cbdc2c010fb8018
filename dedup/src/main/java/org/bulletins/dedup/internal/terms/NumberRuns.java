package org.bulletins.dedup.internal.terms;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/**
 * Numbers written over several words, read as one number: groups of thousands parted by a space
 * ({@code 1 250}, {@code 2 750 000}: how French, Spanish and Portuguese write them, often with a
 * non-breaking space that the term text turns into a space) and a number before a word of scale
 * ({@code 410 mil}, {@code 2,5 millones}, {@code 5.1 million}, {@code two million}, {@code 3 mil
 * millones}). Read as single words, {@code 1 250} made the numbers 1 and 250 and {@code 410 mil}
 * the number 410, so that a rewrite writing {@code 410.000} or {@code 1,250} seemed to state other
 * numbers.
 */
public final class NumberRuns {

  /** Words of scale after a number, lower case, with their factors. */
  public static final ImmutableMap<String, BigDecimal> SCALES =
      ImmutableMap.<String, BigDecimal>builder()
          .put("thousand", BigDecimal.valueOf(1_000))
          .put("mil", BigDecimal.valueOf(1_000))
          .put("million", BigDecimal.valueOf(1_000_000))
          .put("millions", BigDecimal.valueOf(1_000_000))
          .put("millón", BigDecimal.valueOf(1_000_000))
          .put("millon", BigDecimal.valueOf(1_000_000))
          .put("millones", BigDecimal.valueOf(1_000_000))
          .put("milhão", BigDecimal.valueOf(1_000_000))
          .put("milhao", BigDecimal.valueOf(1_000_000))
          .put("milhões", BigDecimal.valueOf(1_000_000))
          .put("milhoes", BigDecimal.valueOf(1_000_000))
          .put("billion", BigDecimal.valueOf(1_000_000_000))
          .put("billions", BigDecimal.valueOf(1_000_000_000))
          .put("milliard", BigDecimal.valueOf(1_000_000_000))
          .put("milliards", BigDecimal.valueOf(1_000_000_000))
          .put("bilhão", BigDecimal.valueOf(1_000_000_000))
          .put("bilhao", BigDecimal.valueOf(1_000_000_000))
          .put("bilhões", BigDecimal.valueOf(1_000_000_000))
          .put("bilhoes", BigDecimal.valueOf(1_000_000_000))
          .build();

  /** The words after {@code mil} that make it a thousand millions ({@code 3 mil millones}). */
  private static final ImmutableMap<String, BigDecimal> AFTER_MIL =
      ImmutableMap.of(
          "millones", BigDecimal.valueOf(1_000_000_000),
          "milhões", BigDecimal.valueOf(1_000_000_000),
          "milhoes", BigDecimal.valueOf(1_000_000_000));

  /** The most groups of three digits after the first ({@code 1 000 000 000 000 000}). */
  private static final int MAX_GROUPS = 5;

  /** The longest key a word of scale multiplies: no figure is written longer. */
  private static final int MAX_SCALED_DIGITS = 18;

  private NumberRuns() {}

  /**
   * A number and the last word it is written over.
   *
   * @param term the number
   * @param last its last word
   */
  record Run(Term term, int last) {}

  /**
   * The number that starts at word {@code i}, which makes the number {@code single} alone.
   *
   * @param tokens the words of a text
   * @param i a word that makes a number alone
   * @param single that number
   * @return the number over as many words as it is written, {@code single} at word {@code i} if it
   *     is one word
   */
  static Run at(WordTokens tokens, int i, Term single) {
    int last = i;
    String key = single.key();
    if (ClockTimes.isTime(single)) {
      return new Run(single, i); // 14h30: no count
    }
    if (isGroup(tokens, i, 1)) {
      StringBuilder digits = null;
      while (last + 1 < tokens.count()
          && last - i < MAX_GROUPS
          && oneSpaceBefore(tokens, last + 1)
          && isGroup(tokens, last + 1, 3)) {
        if (digits == null) {
          digits = new StringBuilder(key);
        }
        digits.append(tokens.word(last + 1));
        last++;
      }
      if (digits != null) {
        key = digits.toString();
      }
    }
    BigDecimal scale = null;
    if (key.length() <= MAX_SCALED_DIGITS
        && last + 1 < tokens.count()
        && oneSpaceBefore(tokens, last + 1)) {
      scale = SCALES.get(tokens.lower(last + 1));
      if (scale != null) {
        last++;
        if (last + 1 < tokens.count()
            && oneSpaceBefore(tokens, last + 1)
            && tokens.lower(last).equals("mil")
            && AFTER_MIL.containsKey(tokens.lower(last + 1))) {
          scale = AFTER_MIL.get(tokens.lower(last + 1));
          last++;
        }
      }
    }
    if (last == i) {
      return new Run(single, i);
    }
    if (scale != null) {
      key = new BigDecimal(key).multiply(scale).stripTrailingZeros().toPlainString();
    }
    return new Run(new Term(Term.Kind.NUMBER, key, tokens.joined(i, last)), last);
  }

  /** Word {@code i} is {@code min} to three ASCII digits and nothing else. */
  private static boolean isGroup(WordTokens tokens, int i, int min) {
    int from = tokens.start(i);
    int length = tokens.end(i) - from;
    return length >= min && length <= 3 && Numerals.digitsValue(tokens.chars(), from, length) >= 0;
  }

  /** The gap before word {@code i} is one space. */
  private static boolean oneSpaceBefore(WordTokens tokens, int i) {
    int gap = tokens.start(i);
    return gap - tokens.end(i - 1) == 1 && tokens.chars()[gap - 1] == ' ';
  }
}
