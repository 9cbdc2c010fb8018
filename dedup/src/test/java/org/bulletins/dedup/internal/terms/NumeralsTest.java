package org.bulletins.dedup.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Roman numerals from II to XXIX read as the numbers they write, and are found in text. */
class NumeralsTest {

  private static final String[] ONES = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

  @Test
  void everyNumeralHasItsValue() {
    for (int n = 2; n <= 29; n++) {
      String roman = "X".repeat(n / 10) + ONES[n % 10];
      assertThat(Numerals.romanValue(roman)).as(roman).isEqualTo(n);
      String text = "Ronda \u2014 " + roman + " final";
      int from = text.indexOf(roman);
      assertThat(Numerals.isRoman(text.toCharArray(), from, from + roman.length()))
          .as(roman)
          .isTrue();
    }
    assertThat(Numerals.romanValue("V")).isEqualTo(5);
    assertThat(Numerals.romanValue("X")).isEqualTo(10);
    assertThat(Numerals.isRoman("I".toCharArray(), 0, 1)).isFalse();
  }
}
