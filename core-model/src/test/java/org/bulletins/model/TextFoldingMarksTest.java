package org.bulletins.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fold's test for a combining mark (which decides whether the normaliser checks the lowered
 * text) reads a table of bits: every char, alone and after other text, against the test by {@link
 * Character#getType} that the table replaced.
 */
class TextFoldingMarksTest {

  @Test
  void everyCharAgreesWithItsType() {
    char[] one = new char[1];
    char[] after = {'a', '\u201C', 'b', '\u0000'};
    int marks = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = c >= 0x300 && markOrSurrogate((char) c);
      one[0] = (char) c;
      after[3] = (char) c;
      assertThat(TextFolding.hasCombiningMark(one, 1)).as("U+%04X", c).isEqualTo(expected);
      assertThat(TextFolding.hasCombiningMark(after, 4)).as("U+%04X last", c).isEqualTo(expected);
      marks += expected ? 1 : 0;
    }
    // Thousands of marks and the 2,048 surrogates: a table of too few set bits would fail above.
    assertThat(marks).isGreaterThan(2048 + 1000);
  }

  @Test
  void onlyTheCharsBeforeTheLengthAreRead() {
    char[] chars = {'a', 'b', '\u0301'};
    assertThat(TextFolding.hasCombiningMark(chars, 2)).isFalse();
    assertThat(TextFolding.hasCombiningMark(chars, 3)).isTrue();
  }

  private static boolean markOrSurrogate(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || Character.isSurrogate(c);
  }
}
