package org.bulletins.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
