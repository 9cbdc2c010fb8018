package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** The fast path for clean lines gives what the matchers give. */
class TextNormalizerProperties {

  @Property(tries = 2000)
  void cleanWhitespaceMatchesTheMatchers(
      @ForAll
          @Chars({
            ' ', ' ', '\t', '\u00A0', '\u200B', '\u00AD', '\u2019', '\u2014', 'é', '\u007F',
            '\u0001'
          })
          @CharRange(from = 'a', to = 'e')
          String text) {
    String expected =
        TextNormalizer.SPACE.trimAndCollapseFrom(TextNormalizer.INVISIBLE.removeFrom(text), ' ');
    assertThat(TextNormalizer.cleanWhitespace(text)).isEqualTo(expected);
  }

  /**
   * The spelt-out matchers are the definitions they stand for, char by char: Guava's and Java's
   * whitespace, Java's space chars and ISO controls; and the blank table of the fast paths agrees.
   */
  @Example
  void spaceAndInvisibleAreTheirDefinitionsForEveryChar() {
    CharMatcher space =
        CharMatcher.whitespace()
            .or(CharMatcher.javaIsoControl())
            .or(CharMatcher.forPredicate(Character::isWhitespace))
            .or(CharMatcher.forPredicate(Character::isSpaceChar));
    CharMatcher invisible =
        CharMatcher.anyOf("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u180E");
    int blanks = 0;
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean blank = space.matches(c) || invisible.matches(c);
      blanks += blank ? 1 : 0;
      assertThat(TextNormalizer.SPACE.matches(c)).as("SPACE U+%04X", i).isEqualTo(space.matches(c));
      assertThat(TextNormalizer.isSpace(c)).as("isSpace U+%04X", i).isEqualTo(space.matches(c));
      assertThat(TextNormalizer.INVISIBLE.matches(c))
          .as("INVISIBLE U+%04X", i)
          .isEqualTo(invisible.matches(c));
      boolean clean = !blank || c == ' '; // one plain space between other chars is clean
      assertThat(TextNormalizer.isClean("a" + c + "b")).as("isClean U+%04X", i).isEqualTo(clean);
      assertThat(TextNormalizer.firstColumn(c + "x"))
          .as("firstColumn U+%04X", i)
          .isEqualTo(blank ? 2 : 1);
    }
    assertThat(blanks).isEqualTo(84 + 9);
  }
}
