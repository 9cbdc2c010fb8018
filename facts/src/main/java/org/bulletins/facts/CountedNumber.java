package org.bulletins.facts;

import static java.util.Objects.requireNonNull;

/**
 * A number in an item's text and the noun it counts: {@code "more than 260 officials"} is {@code
 * CountedNumber(260, "officials")}, {@code "1.202 crianças"} is {@code CountedNumber(1202,
 * "criancas")}. The noun is folded: lower case, accents removed.
 *
 * <pre>{@code
 * new CountedNumber(260, "officials").value() // 260
 * }</pre>
 *
 * @param value the number, scaled by a following {@code million}/{@code millones}... if any
 * @param counts the counted noun, folded, not blank
 * @since 0.1.0
 */
public record CountedNumber(long value, String counts) {

  /**
   * Validates the counted noun.
   *
   * @param value the number
   * @param counts the counted noun, not blank
   */
  public CountedNumber {
    requireNonNull(counts, "counts");
    if (counts.isBlank()) {
      throw new IllegalArgumentException("counts must not be blank");
    }
  }
}
